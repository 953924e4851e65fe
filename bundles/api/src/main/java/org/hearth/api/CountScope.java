package org.hearth.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Which center's figures a count covers: one center's, or the whole network's. Counts of people are
 * unduplicated within the scope, so the network counts a person who came to two centers once.
 *
 * @param center the center's id; empty for the whole network
 * @since 1.2
 */
public record CountScope(Optional<String> center) {

    /** Every center sharing the database (on a single kiosk, the same as its own center). */
    public static final CountScope NETWORK = new CountScope(Optional.empty());

    /** Refuses a missing value. */
    public CountScope {
        Objects.requireNonNull(center, "center");
    }

    /** One center's figures. */
    public static CountScope of(String centerId) {
        return new CountScope(Optional.of(centerId));
    }

    /** Whether this is the whole network. */
    public boolean network() {
        return center.isEmpty();
    }
}
