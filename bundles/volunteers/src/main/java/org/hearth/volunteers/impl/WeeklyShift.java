package org.hearth.volunteers.impl;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A weekly template: the same shift every {@code weekday} from {@code from} until {@code until} (if set). An end
 * at or before the start ends the next day (a night shift).
 */
record WeeklyShift(long id, String roleCode, Optional<String> place, DayOfWeek weekday, LocalTime start,
                   LocalTime end, Shift.People people, LocalDate from, Optional<LocalDate> until) {

    static final int MAX_PLACE = 120;

    WeeklyShift {
        place = place.map(String::strip).filter(p -> !p.isEmpty());
        if (place.map(p -> p.length() > MAX_PLACE).orElse(false)) {
            throw new IllegalArgumentException("error.place");
        }
        if (start.equals(end)) {
            throw new IllegalArgumentException("error.times");
        }
        if (until.map(u -> u.isBefore(from)).orElse(false)) {
            throw new IllegalArgumentException("error.until");
        }
    }

    boolean runsOn(LocalDate day) {
        return day.getDayOfWeek() == weekday && !day.isBefore(from) && until.map(u -> !day.isAfter(u)).orElse(true);
    }

    LocalDateTime startOn(LocalDate day) {
        return day.atTime(start);
    }

    LocalDateTime endOn(LocalDate day) {
        return end.isAfter(start) ? day.atTime(end) : day.plusDays(1).atTime(end);
    }
}
