package org.hearth.groups.impl;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a group meets: every week on a weekday, or every month on the nth (1 to 4) or last ({@code -1}) weekday,
 * from a start to an end time on the same day.
 */
record GroupSchedule(Frequency frequency, DayOfWeek weekday, Optional<Integer> weekOfMonth, LocalTime start,
                     LocalTime end) {

    /** How often a group meets. */
    enum Frequency { WEEKLY, MONTHLY }

    GroupSchedule {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("error.times");
        }
        if (frequency == Frequency.MONTHLY && weekOfMonth.map(w -> w != -1 && (w < 1 || w > 4)).orElse(true)) {
            throw new IllegalArgumentException("error.week");
        }
        weekOfMonth = frequency == Frequency.WEEKLY ? Optional.empty() : weekOfMonth;
    }

    boolean meetsOn(LocalDate day) {
        if (day.getDayOfWeek() != weekday) {
            return false;
        }
        if (frequency == Frequency.WEEKLY) {
            return true;
        }
        int week = weekOfMonth.orElseThrow();
        LocalDate nth = week == -1 ? day.with(TemporalAdjusters.lastInMonth(weekday))
                : day.with(TemporalAdjusters.dayOfWeekInMonth(week, weekday));
        return nth.equals(day);
    }
}
