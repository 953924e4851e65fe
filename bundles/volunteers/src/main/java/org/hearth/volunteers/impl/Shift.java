package org.hearth.volunteers.impl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One shift on one day, from a weekly template or one-off. Times are the center's local wall-clock times.
 *
 * @param templateId the weekly template it was made from; empty for a one-off
 * @param day        the day it belongs to (the day it starts, also when it crosses midnight)
 */
record Shift(long id, Optional<Long> templateId, LocalDate day, String roleCode, Optional<String> place,
             LocalDateTime start, LocalDateTime end, People people, boolean cancelled) {

    /** How many people a shift needs at least, wants, and takes at most. */
    record People(int min, int wanted, int max) {

        static final int MOST = 100;

        /** Refuses numbers that make no sense, with a translation key. */
        People {
            if (min < 0 || wanted < min || max < wanted || max < 1 || max > MOST) {
                throw new IllegalArgumentException("error.people");
            }
        }
    }

    boolean overlaps(Shift other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    boolean hasStarted(LocalDateTime now) {
        return !now.isBefore(start);
    }

    boolean isOver(LocalDateTime now) {
        return !now.isBefore(end);
    }

    Duration length() {
        return Duration.between(start, end);
    }

    Instant startInstant(ZoneId zone) {
        return start.atZone(zone).toInstant();
    }
}
