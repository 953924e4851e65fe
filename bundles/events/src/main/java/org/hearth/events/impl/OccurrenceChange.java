package org.hearth.events.impl;

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

    boolean changesDetails() {
        return title.isPresent() || description.isPresent() || place.isPresent() || start.isPresent();
    }
}
