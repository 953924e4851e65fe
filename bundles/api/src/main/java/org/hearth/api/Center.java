package org.hearth.api;

import java.util.Objects;

/**
 * One center of a network whose Hearth hosts share one database (on a single kiosk, the only one). The id is
 * set per host in config ({@code hearth.center.id}); the name is the one on that host's bar.
 *
 * @param id   short, stable id, for example {@code north}
 * @param name the center's name in its own words; the id when it has none
 * @since 1.2
 */
public record Center(String id, String name) {

    /** Refuses missing values. */
    public Center {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
