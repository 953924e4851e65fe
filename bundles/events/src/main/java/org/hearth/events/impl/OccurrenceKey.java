package org.hearth.events.impl;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One occurrence of an event: the event's id and the date the series gave it (which stays its name even when
 * that one occurrence is moved). Its reference, {@code event:42@2026-11-25}, is what sign-in sends back.
 */
record OccurrenceKey(long eventId, LocalDate occursOn) {

    private static final Pattern REFERENCE = Pattern.compile("event:(\\d{1,18})@(\\d{4}-\\d{2}-\\d{2})");

    String reference() {
        return "event:" + eventId + "@" + occursOn;
    }

    /** The key named by a reference, if it is one of this bundle's. */
    static Optional<OccurrenceKey> parse(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(reference.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OccurrenceKey(Long.parseLong(m.group(1)), LocalDate.parse(m.group(2))));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
