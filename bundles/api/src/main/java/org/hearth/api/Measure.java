package org.hearth.api;

import java.util.Objects;

/**
 * Something a feature counts for the coordinators' dashboard and the funder report, for example visits or
 * volunteer hours.
 *
 * @param id    unique in the kiosk, prefixed by the feature, for example {@code signin.visits}
 * @param title the measure's name in the language asked for
 * @param unit  what the numbers are
 * @since 1.1
 */
public record Measure(String id, String title, Unit unit) {

    /** What a measure's numbers are; people and times are counts that small-count suppression applies to. */
    public enum Unit {
        /** Different people (unduplicated within a period). */
        PEOPLE,
        /** Occurrences: visits, sessions, attendances. */
        TIMES,
        /** Hours, exact to the minute. */
        HOURS,
        /** Money in the center's currency, exact to the cent. */
        MONEY;

        /** Whether a small number of this unit could point at a person when it leaves the kiosk. */
        public boolean suppressible() {
            return this == PEOPLE || this == TIMES;
        }
    }

    /** Refuses missing values. */
    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
    }
}
