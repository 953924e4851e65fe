package org.hearth.coaching.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is due for one pairing: contact every month (or as agreed with the member) counted from the last contact,
 * and the plan's review on its next review date (a first plan within a month of pairing). Items show a week ahead;
 * a past date makes a kind "reach out", never a label.
 */
final class Cadence {

    static final int AHEAD_DAYS = 7;
    static final int FIRST_PLAN_DAYS = 30;
    static final int REVIEW_MONTHS = 3;

    /** What kind of item. */
    enum Kind { CONTACT, REVIEW, FIRST_PLAN }

    /** One item for the coach (and their supervisor). */
    record Due(String memberId, String coachId, Kind kind, LocalDate on, boolean overdue) {
    }

    private Cadence() {
    }

    static List<Due> of(Pairing p, Optional<LocalDate> lastContact, Optional<Plan> plan, LocalDate today) {
        List<Due> due = new ArrayList<>();
        if (!p.current()) {
            return due;
        }
        LocalDate from = lastContact.filter(d -> d.isAfter(p.startedOn())).orElse(p.startedOn());
        LocalDate contact = from.plusDays(p.contactEveryDays());
        add(due, p, Kind.CONTACT, contact, today);
        LocalDate review = plan.map(Plan::nextReview).orElse(p.startedOn().plusDays(FIRST_PLAN_DAYS));
        add(due, p, plan.isPresent() ? Kind.REVIEW : Kind.FIRST_PLAN, review, today);
        return due;
    }

    /** The usual date of the next review, a quarter after today. */
    static LocalDate nextReview(LocalDate today) {
        return today.plusMonths(REVIEW_MONTHS);
    }

    private static void add(List<Due> due, Pairing p, Kind kind, LocalDate on, LocalDate today) {
        if (!on.isAfter(today.plusDays(AHEAD_DAYS))) {
            due.add(new Due(p.memberId(), p.coachId(), kind, on, on.isBefore(today)));
        }
    }
}
