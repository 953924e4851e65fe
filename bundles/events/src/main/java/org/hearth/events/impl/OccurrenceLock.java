package org.hearth.events.impl;

import java.sql.Date;
import org.hearth.api.Failures;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One occurrence's turn at its places: a transaction that first updates the occurrence's row in
 * {@code events.seat_lock}, so kiosks reserving the same occurrence take turns and never go over capacity. A deadlock
 * or lock time-out is tried again a few times.
 */
final class OccurrenceLock {

    private static final Logger LOG = LoggerFactory.getLogger(OccurrenceLock.class);
    private static final int TRIES = 5;

    private final Jdbi jdbi;

    OccurrenceLock(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs {@code work} in a transaction holding the occurrence's lock row; retries a deadlock or time-out. */
    <T> T run(OccurrenceKey key, HandleCallback<T, RuntimeException> work) {
        ensureLockRow(key);
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> {
                    h.createUpdate("UPDATE events.seat_lock SET turns = turns + 1 WHERE event_id = ? AND occurs_on = ?")
                            .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).execute();
                    return work.withHandle(h);
                });
            } catch (RuntimeException e) {
                if (attempt >= TRIES || !Failures.isLockConflict(e)) {
                    throw e;
                }
                LOG.info("RSVP for {} met another kiosk's; trying again ({})", key.reference(), attempt);
            }
        }
    }

    private void ensureLockRow(OccurrenceKey key) {
        try {
            jdbi.useHandle(h -> {
                boolean exists = h.createQuery("SELECT COUNT(*) FROM events.seat_lock WHERE event_id = ? AND occurs_on = ?")
                        .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).mapTo(Integer.class).one() > 0;
                if (!exists) {
                    h.createUpdate("INSERT INTO events.seat_lock (event_id, occurs_on) VALUES (?, ?)")
                            .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).execute();
                }
            });
        } catch (RuntimeException e) {
            if (!Failures.isDuplicateKey(e)) {
                throw e;
            }
            // another kiosk made it first: that is all we needed
        }
    }
}
