package org.hearth.volunteers.impl;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/** What the shift form edits: a weekly template, a one-off shift, or one date of either. Mutable, for Binder. */
final class ShiftDraft {

    String role = "front_desk";
    String place = "";
    LocalDate day;
    DayOfWeek weekday = DayOfWeek.MONDAY;
    LocalDate until;
    LocalTime start = LocalTime.of(10, 0);
    LocalTime end = LocalTime.of(14, 0);
    Integer min = 1;
    Integer wanted = 2;
    Integer max = 3;

    static ShiftDraft of(Shift shift) {
        ShiftDraft d = new ShiftDraft();
        d.role = shift.roleCode();
        d.place = shift.place().orElse("");
        d.day = shift.day();
        d.start = shift.start().toLocalTime();
        d.end = shift.end().toLocalTime();
        d.min = shift.people().min();
        d.wanted = shift.people().wanted();
        d.max = shift.people().max();
        return d;
    }

    Shift.People people() {
        return new Shift.People(min, wanted, max);
    }

    Optional<String> placeText() {
        return Optional.ofNullable(place).map(String::strip).filter(p -> !p.isEmpty());
    }

    LocalDateTime startAt() {
        return day.atTime(start);
    }

    /** An end at or before the start is the next day's. */
    LocalDateTime endAt() {
        return end.isAfter(start) ? day.atTime(end) : day.plusDays(1).atTime(end);
    }

    WeeklyShift weekly() {
        return new WeeklyShift(0, role, placeText(), weekday, start, end, people(), day, Optional.ofNullable(until));
    }
}
