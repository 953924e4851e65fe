package org.hearth.events.impl;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.KindOfSupport;

/**
 * An event as the coordinator describes it: the whole series when it repeats. Times are the center's local
 * wall-clock times; {@code start} and {@code end} are those of the first occurrence.
 *
 * @param capacity    places to RSVP for, empty for no limit
 * @param organiserId the person id of the volunteer or staff member who organises it (never shown publicly)
 */
record EventDraft(String title, Optional<String> description, Optional<String> place, KindOfSupport kind,
                  Set<Tag> tags, boolean childCare, boolean transport, Optional<Integer> capacity,
                  Optional<String> organiserId, LocalDateTime start, LocalDateTime end, Recurrence recurrence) {

    /** The same event moved so that it starts at {@code newStart}, keeping its length and repetition. */
    EventDraft startingAt(LocalDateTime newStart) {
        java.time.Duration length = java.time.Duration.between(start, end);
        Recurrence shifted = recurrence.until().isPresent() && recurrence.until().get().isBefore(newStart.toLocalDate())
                ? new Recurrence(recurrence.repeat(), recurrence.interval(), Optional.empty(), recurrence.count())
                : recurrence;
        return new EventDraft(title, description, place, kind, tags, childCare, transport, capacity, organiserId,
                newStart, newStart.plus(length), shifted);
    }
}
