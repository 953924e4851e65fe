package org.hearth.events.impl;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * How an event repeats: once, weekly (every 1 to {@value #MAX_INTERVAL} weeks on the first date's weekday), or
 * monthly on the first date's nth weekday ("2nd Tuesday") or last weekday ("last Friday"); ending never, on
 * a date, or after a number of times. Stored as an RFC 5545 RRULE and expanded by ical4j, never by hand.
 *
 * <p>Expansion is always bounded: at most {@value #MAX_WINDOW_DAYS} days and {@value #MAX_EXPANDED} dates per
 * request, so a series that never ends costs no more than one that ends.
 */
record Recurrence(Repeat repeat, int interval, Optional<LocalDate> until, Optional<Integer> count) {

    /** The kinds of repetition offered. */
    enum Repeat {
        ONCE, WEEKLY, MONTHLY_NTH, MONTHLY_LAST;

        String textKey() {
            return "repeat." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    static final Recurrence ONCE = new Recurrence(Repeat.ONCE, 1, Optional.empty(), Optional.empty());
    static final int MAX_INTERVAL = 4;
    static final int MAX_COUNT = 260;
    static final int MAX_YEARS = 5;
    static final int MAX_WINDOW_DAYS = 400;
    static final int MAX_EXPANDED = 500;

    /** Refuses what cannot be offered, with a translation key; {@code firstDay} is the series' first date. */
    void check(LocalDate firstDay) {
        if (repeat == Repeat.ONCE) {
            return;
        }
        if (interval < 1 || interval > MAX_INTERVAL) {
            throw new IllegalArgumentException("error.repeat.interval");
        }
        if (until.isPresent() && count.isPresent()) {
            throw new IllegalArgumentException("error.repeat.ends");
        }
        if (until.isPresent() && until.get().isBefore(firstDay)) {
            throw new IllegalArgumentException("error.repeat.until.before");
        }
        if (until.isPresent() && until.get().isAfter(firstDay.plusYears(MAX_YEARS))) {
            throw new IllegalArgumentException("error.repeat.until.far");
        }
        if (count.isPresent() && (count.get() < 1 || count.get() > MAX_COUNT)) {
            throw new IllegalArgumentException("error.repeat.count");
        }
        if (repeat == Repeat.MONTHLY_LAST && !isLastWeekdayOfMonth(firstDay)) {
            throw new IllegalArgumentException("error.repeat.last");
        }
    }

    /** The RRULE for a series starting on {@code firstDay}; empty for a one-off event. */
    Optional<String> rule(LocalDate firstDay) {
        if (repeat == Repeat.ONCE) {
            return Optional.empty();
        }
        WeekDay day = WeekDay.getWeekDay(firstDay.getDayOfWeek());
        Recur.Builder<LocalDate> builder = new Recur.Builder<LocalDate>();
        switch (repeat) {
            case WEEKLY -> builder.frequency(Frequency.WEEKLY).dayList(day);
            case MONTHLY_NTH -> builder.frequency(Frequency.MONTHLY).dayList(new WeekDay(day, nthWeekday(firstDay)));
            default -> builder.frequency(Frequency.MONTHLY).dayList(new WeekDay(day, -1));
        }
        if (repeat == Repeat.WEEKLY && interval > 1) {
            builder.interval(interval);
        }
        until.ifPresent(builder::until);
        count.ifPresent(builder::count);
        return Optional.of(builder.build().toString());
    }

    /** Reads a stored RRULE back into the choices the coordinator's form offers. */
    static Recurrence parse(Optional<String> rule) {
        if (rule.isEmpty()) {
            return ONCE;
        }
        Recur<LocalDate> recur = new Recur<>(rule.get());
        Repeat repeat = recur.getFrequency() == Frequency.WEEKLY ? Repeat.WEEKLY
                : recur.getDayList().stream().anyMatch(d -> d.getOffset() < 0) ? Repeat.MONTHLY_LAST : Repeat.MONTHLY_NTH;
        return new Recurrence(repeat, Math.max(1, recur.getInterval()), Optional.ofNullable(recur.getUntil()),
                recur.getCount() > 0 ? Optional.of(recur.getCount()) : Optional.empty());
    }

    /**
     * The dates from {@code from} to {@code to} (both included) on which a series starting on {@code firstDay}
     * occurs, before exceptions; at most {@value #MAX_WINDOW_DAYS} days from {@code from} are looked at.
     */
    static List<LocalDate> dates(LocalDate firstDay, Optional<String> rule, LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(firstDay) ? firstDay : from;
        LocalDate end = to.isAfter(start.plusDays(MAX_WINDOW_DAYS)) ? start.plusDays(MAX_WINDOW_DAYS) : to;
        if (end.isBefore(start)) {
            return List.of();
        }
        if (rule.isEmpty()) {
            return firstDay.isBefore(start) || firstDay.isAfter(end) ? List.of() : List.of(firstDay);
        }
        return new Recur<LocalDate>(rule.get()).getDates(firstDay, start, end, MAX_EXPANDED);
    }

    /** Which of its weekday in the month a date is: 1 for the first Tuesday, up to 5. */
    static int nthWeekday(LocalDate day) {
        return (day.getDayOfMonth() - 1) / 7 + 1;
    }

    /** Whether a date is the last of its weekday in its month. */
    static boolean isLastWeekdayOfMonth(LocalDate day) {
        return day.plusWeeks(1).getMonth() != day.getMonth();
    }
}
