package org.hearth.groups.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One session of a group on one day, with its counts. {@code day} is the day the schedule gave it, kept as its
 * name when it moves. A session's unduplicated total counts everyone once: the people named (by sign-in or
 * roster, one row a person) and the anonymous sign-ins, or the headcount when it is higher; a headcount lower than
 * that is raised to it, with a note.
 */
record Session(long id, long groupId, LocalDate day, LocalDateTime start, LocalDateTime end, Optional<String> room,
               boolean cancelled, Optional<String> cancelNote, Optional<String> substitute,
               Optional<LocalDateTime> startedAt, Optional<String> topic, int named, int anonymous,
               Optional<Integer> headcount) {

    /** The reference sign-in echoes when a visitor names this session: {@code group:<id>@<day>}. */
    String reference() {
        return reference(groupId, day);
    }

    static String reference(long groupId, LocalDate day) {
        return "group:" + groupId + "@" + day;
    }

    int total() {
        return Math.max(headcount.orElse(0), named + anonymous);
    }

    /** Whether the headcount was lower than the people recorded (and so raised to them). */
    boolean raised() {
        return headcount.map(h -> h < named + anonymous).orElse(false);
    }

    boolean isOver(LocalDateTime now) {
        return !now.isBefore(end);
    }
}
