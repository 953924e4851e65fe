package org.hearth.api;

import java.time.Instant;
import java.util.Optional;

/**
 * Something on today at the center that a visitor can say they came for: a group session or an event.
 *
 * @param reference stable id of this occurrence, echoed in {@link HearthTopics#REFERENCE} when a visitor
 *                  signs in for it (for example {@code event:42@2026-11-25})
 * @param title     the title in the language asked for
 * @param start     when it starts
 * @param kind      the kind of support it offers, if set
 * @param type      {@link Type#GROUP} or {@link Type#EVENT}
 */
public record Offering(String reference, String title, Instant start, Optional<KindOfSupport> kind, Type type) {

    /** Whether an offering is a peer-led group session or an event. */
    public enum Type { GROUP, EVENT }
}
