package org.hearth.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A training a peer completed, as the center records it.
 *
 * @param name        what the training was called, for example "Recovery coach academy (46 h)"
 * @param completedOn the day it was completed
 */
public record Training(String name, LocalDate completedOn) {

    /** The longest training name accepted. */
    public static final int MAX_NAME_LENGTH = 120;

    /** Trims the name; a blank or overlong name or a missing date is refused with a translation key. */
    public Training {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("error.training.name");
        }
        Objects.requireNonNull(completedOn, "completedOn");
    }
}
