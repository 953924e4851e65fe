package org.hearth.volunteers.impl;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A volunteer's private link to their own shifts: a random key (128 bits) in the address, one per person,
 * replaced when they ask for a new one (the old link stops working at once). Thread-safe.
 */
@Component(service = CalendarLinks.class, immediate = true)
public class CalendarLinks {

    static final String PATH = "/volunteers/calendar.ics";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;

    @Activate
    public CalendarLinks(@Reference VolunteersDatabase database, @Reference Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    /** The person's key, made when they have none. */
    String keyFor(String personId) {
        return current(personId).orElseGet(() -> renew(personId));
    }

    Optional<String> current(String personId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT token FROM volunteers.calendar_link WHERE person_id = ?")
                .bind(0, personId).mapTo(String.class).findOne());
    }

    /** A new key; the old link stops working. */
    String renew(String personId) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM volunteers.calendar_link WHERE person_id = ?").bind(0, personId).execute();
            h.createUpdate("INSERT INTO volunteers.calendar_link (person_id, token, created_at) VALUES (?, ?, ?)")
                    .bind(0, personId).bind(1, key).bind(2, Timestamp.from(clock.instant())).execute();
        });
        return key;
    }

    /** Stops the person's link without making a new one. */
    void revoke(String personId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM volunteers.calendar_link WHERE person_id = ?")
                .bind(0, personId).execute());
    }

    /** Whose link {@code key} is; empty for an unknown, revoked or malformed key. */
    Optional<String> owner(String key) {
        if (key == null || !key.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT person_id FROM volunteers.calendar_link WHERE token = ?")
                .bind(0, key).mapTo(String.class).findOne());
    }
}
