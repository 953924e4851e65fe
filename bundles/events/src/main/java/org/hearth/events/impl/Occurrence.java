package org.hearth.events.impl;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.hearth.api.KindOfSupport;

/**
 * One occurrence as visitors see it: the series' details with this date's changes applied, at real instants in
 * the center's time zone. What may be shown to anyone: no names.
 *
 * @param cancelled whether it is called off (the series or this date); it still shows, with its notice
 * @param changed   whether this date differs from the series (a new time, place or title)
 */
record Occurrence(Event event, OccurrenceKey key, ZonedDateTime start, ZonedDateTime end, String title,
                  Optional<String> description, Optional<String> place, boolean cancelled, Optional<String> notice,
                  boolean changed) {

    String reference() {
        return key.reference();
    }

    KindOfSupport kind() {
        return event.draft().kind();
    }

    Optional<Integer> capacity() {
        return event.draft().capacity();
    }

    /** Whether it has ended by {@code now}. */
    boolean isOver(Instant now) {
        return !end.toInstant().isAfter(now);
    }
}
