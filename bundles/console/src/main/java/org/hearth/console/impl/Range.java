package org.hearth.console.impl;

import java.time.LocalDate;
import java.time.Period;

/** The days a funder report covers, both included: at most five years, never backwards. */
record Range(LocalDate from, LocalDate to) {

    /** The longest range a report covers. */
    static final Period LONGEST = Period.ofYears(5);

    /** The range, or a {@link Refusal} with the text key that says kindly what is wrong. */
    static Range of(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new Refusal("report.error.missing");
        }
        if (from.isAfter(to)) {
            throw new Refusal("report.error.order");
        }
        if (to.isAfter(from.plus(LONGEST))) {
            throw new Refusal("report.error.long");
        }
        return new Range(from, to);
    }

    /** The calendar month before the one holding {@code today}: a report's first range. */
    static Range lastMonth(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        return new Range(first, first.plusMonths(1).minusDays(1));
    }

    /** How the audit log and file names say it: {@code 2026-11-01..2026-11-30}. */
    String subject() {
        return from + ".." + to;
    }
}
