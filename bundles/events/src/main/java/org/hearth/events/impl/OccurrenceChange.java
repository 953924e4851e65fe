package org.hearth.events.impl;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * How one occurrence of a series differs from the series: skipped (an exception: it simply does not happen),
 * cancelled with a visible notice, or changed (any of title, description, place and times).
 */
record OccurrenceChange(OccurrenceKey key, boolean skipped, boolean cancelled, Optional<String> note,
                        Optional<String> title, Optional<String> description, Optional<String> place,
                        Optional<LocalDateTime> start, Optional<LocalDateTime> end) {

    static OccurrenceChange none(OccurrenceKey key) {
        return new OccurrenceChange(key, false, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * This change with the date's details as staff edited them, keeping any cancellation and its notice. Only what
     * differs from the series is kept, so later changes to the series still reach this date.
     */
    OccurrenceChange edited(Occurrence occurrence, String newTitle, String newDescription, String newPlace,
                            LocalDateTime newStart, LocalDateTime newEnd) {
        EventDraft series = occurrence.event().draft();
        boolean sameTimes = newStart.equals(occurrence.key().occursOn().atTime(series.start().toLocalTime()))
                && newEnd.equals(occurrence.start().toLocalDateTime().plus(Duration.between(series.start(), series.end())));
        return new OccurrenceChange(key, false, cancelled, note, differs(newTitle, series.title()),
                differs(newDescription, series.description().orElse("")), differs(newPlace, series.place().orElse("")),
                sameTimes ? Optional.empty() : Optional.of(newStart), sameTimes ? Optional.empty() : Optional.of(newEnd));
    }

    /** The value when it differs from the series'. */
    private static Optional<String> differs(String value, String series) {
        String tidy = EventRules.tidy(value, true);
        return tidy.equals(EventRules.tidy(series, true)) ? Optional.empty() : Optional.of(value);
    }

    boolean changesDetails() {
        return title.isPresent() || description.isPresent() || place.isPresent() || start.isPresent();
    }
}
