package org.hearth.events.impl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RSVPs with capacity and a waitlist. A party is confirmed only if all of it fits; otherwise it waits, in the
 * order it came. When places free up (a cancellation, a larger capacity), waiting parties are confirmed in
 * that order, each one that fits. Never over capacity: every change to one occurrence's RSVPs first locks that
 * occurrence's row in {@code events.seat_lock}, so two kiosks asking for the last place at the same moment are
 * served one after the other. Thread-safe.
 */
@Component(service = RsvpBook.class, immediate = true)
public class RsvpBook {

    /**
     * What an RSVP came to; {@code already} when the member had one (it is returned unchanged); {@code fullNow}
     * when the party waits because the places were lowered after the visitor's screen read the event.
     */
    record Outcome(Rsvp rsvp, boolean already, int waitlistPosition, boolean fullNow) {
    }

    /** Whether an occurrence is called off, and its places, as saved now (not as a screen read them). */
    private record Current(boolean cancelled, Optional<Integer> capacity) {
    }

    /** Places taken and waited for; {@code capacity} empty when there is no limit. */
    record Seats(int confirmed, int waiting, Optional<Integer> capacity) {
        Optional<Integer> left() {
            return capacity.map(c -> Math.max(0, c - confirmed));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RsvpBook.class);
    private static final String COLUMNS = "id, event_id, occurs_on, person_id, seats, status, created_at";

    private final Jdbi jdbi;
    private final Clock clock;
    private final OccurrenceLock lock;

    @Activate
    public RsvpBook(@Reference EventsDatabase database, @Reference Clock clock) {
        this.jdbi = database.jdbi();
        this.lock = new OccurrenceLock(jdbi);
        this.clock = clock;
    }

    /**
     * Keeps places for a party of {@code seats}: confirmed if they all fit, else on the waitlist.
     *
     * <p>The occurrence's cancellation and places are read again under the seat lock, so a date called off or
     * places lowered since the visitor's screen opened are respected.
     *
     * @throws IllegalArgumentException {@code error.rsvp.cancelled}, {@code error.rsvp.cancelled.now} (called off
     *                                  since the screen opened), {@code error.event.gone}, {@code error.rsvp.over}
     *                                  or {@code error.party}
     */
    public Outcome reserve(Occurrence occurrence, Optional<String> personId, int seats) {
        if (occurrence.cancelled()) {
            throw new IllegalArgumentException("error.rsvp.cancelled");
        }
        if (occurrence.isOver(clock.instant())) {
            throw new IllegalArgumentException("error.rsvp.over");
        }
        if (seats < 1 || seats > EventRules.MAX_PARTY) {
            throw new IllegalArgumentException("error.party");
        }
        OccurrenceKey key = occurrence.key();
        Outcome outcome = lock.run(key, h -> {
            Current now = current(h, key);
            if (now.cancelled()) {
                throw new IllegalArgumentException("error.rsvp.cancelled.now");
            }
            if (personId.isPresent()) {
                Optional<Rsvp> mine = active(h, key).stream().filter(r -> r.personId().equals(personId)).findFirst();
                if (mine.isPresent()) {
                    return new Outcome(mine.get(), true, position(h, mine.get()), false);
                }
            }
            int confirmed = confirmedSeats(h, key);
            boolean fits = now.capacity().map(c -> confirmed + seats <= c).orElse(true);
            Rsvp.Status status = fits ? Rsvp.Status.CONFIRMED : Rsvp.Status.WAITLIST;
            long id = h.createUpdate("INSERT INTO events.rsvp (event_id, occurs_on, person_id, seats, status, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).bind(2, personId.orElse(null))
                    .bind(3, seats).bind(4, status.name()).bind(5, Timestamp.from(clock.instant()))
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            Rsvp rsvp = new Rsvp(id, key, personId, seats, status, clock.instant());
            boolean fitBefore = occurrence.capacity().map(c -> confirmed + seats <= c).orElse(true);
            return new Outcome(rsvp, false, position(h, rsvp), !fits && fitBefore);
        });
        LOG.info("RSVP {} for {}: {}", outcome.rsvp().id(), key.reference(), outcome.rsvp().status());
        return outcome;
    }

    /** Cancels one RSVP and moves the waitlist up; false when it was not active. */
    public boolean cancel(Occurrence occurrence, long rsvpId) {
        boolean cancelled = lock.run(occurrence.key(), h -> {
            int changed = h.createUpdate("UPDATE events.rsvp SET status = 'CANCELLED' WHERE id = ? AND event_id = ?"
                            + " AND occurs_on = ? AND status <> 'CANCELLED'")
                    .bind(0, rsvpId).bind(1, occurrence.key().eventId()).bind(2, Date.valueOf(occurrence.key().occursOn()))
                    .execute();
            promote(h, occurrence);
            return changed == 1;
        });
        if (cancelled) {
            LOG.info("RSVP {} for {} cancelled", rsvpId, occurrence.reference());
        }
        return cancelled;
    }

    /** Confirms waiting parties that now fit (after a capacity was raised). Returns how many moved up. */
    public int moveUp(Occurrence occurrence) {
        return lock.run(occurrence.key(), h -> promote(h, occurrence));
    }

    /** The member's active RSVP for an occurrence, if any. */
    public Optional<Rsvp> of(OccurrenceKey key, String personId) {
        return jdbi.withHandle(h -> active(h, key)).stream().filter(r -> r.personId().equals(Optional.of(personId)))
                .findFirst();
    }

    /** The active RSVPs of an occurrence: confirmed first, then the waitlist, each in the order they came. */
    public List<Rsvp> list(OccurrenceKey key) {
        return jdbi.withHandle(h -> active(h, key));
    }

    /** Places confirmed and waited for. */
    public Seats seats(Occurrence occurrence) {
        List<Rsvp> active = list(occurrence.key());
        return new Seats(sum(active, Rsvp.Status.CONFIRMED), sum(active, Rsvp.Status.WAITLIST), occurrence.capacity());
    }

    /** The position on the waitlist of an RSVP (1 for the next to move up); 0 when it is confirmed. */
    public int position(Rsvp rsvp) {
        return jdbi.withHandle(h -> position(h, rsvp));
    }

    private int promote(Handle h, Occurrence occurrence) {
        int free = current(h, occurrence.key()).capacity().map(c -> c - confirmedSeats(h, occurrence.key()))
                .orElse(Integer.MAX_VALUE);
        int moved = 0;
        for (Rsvp waiting : active(h, occurrence.key())) {
            if (waiting.status() == Rsvp.Status.WAITLIST && waiting.seats() <= free) {
                h.createUpdate("UPDATE events.rsvp SET status = 'CONFIRMED' WHERE id = ?").bind(0, waiting.id()).execute();
                free -= waiting.seats();
                moved++;
                LOG.info("RSVP {} for {} moved up from the waitlist", waiting.id(), occurrence.reference());
            }
        }
        return moved;
    }

    private int position(Handle h, Rsvp rsvp) {
        if (rsvp.status() != Rsvp.Status.WAITLIST) {
            return 0;
        }
        List<Rsvp> waiting = active(h, rsvp.key()).stream().filter(r -> r.status() == Rsvp.Status.WAITLIST).toList();
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).id() == rsvp.id()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The occurrence as saved now: its event's and its date's cancellation, and the event's places. */
    private static Current current(Handle h, OccurrenceKey key) {
        return h.createQuery("SELECT e.cancelled, e.capacity, c.cancelled AS date_cancelled, c.skipped"
                        + " FROM events.event e LEFT JOIN events.occurrence_change c"
                        + " ON c.event_id = e.id AND c.occurs_on = ? WHERE e.id = ?")
                .bind(0, Date.valueOf(key.occursOn())).bind(1, key.eventId())
                .map((rs, ctx) -> {
                    int capacity = rs.getInt("capacity");
                    Optional<Integer> places = rs.wasNull() ? Optional.empty() : Optional.of(capacity);
                    return new Current(rs.getBoolean("cancelled") || rs.getBoolean("date_cancelled")
                            || rs.getBoolean("skipped"), places);
                })
                .findOne().orElseThrow(() -> new IllegalArgumentException("error.event.gone"));
    }

    private static int confirmedSeats(Handle h, OccurrenceKey key) {
        return h.createQuery("SELECT COALESCE(SUM(seats), 0) FROM events.rsvp WHERE event_id = ? AND occurs_on = ?"
                        + " AND status = 'CONFIRMED'")
                .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).mapTo(Integer.class).one();
    }

    private static List<Rsvp> active(Handle h, OccurrenceKey key) {
        return h.createQuery("SELECT " + COLUMNS + " FROM events.rsvp WHERE event_id = ? AND occurs_on = ?"
                        + " AND status <> 'CANCELLED' ORDER BY CASE WHEN status = 'CONFIRMED' THEN 0 ELSE 1 END, id")
                .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn()))
                .map((rs, ctx) -> new Rsvp(rs.getLong("id"), new OccurrenceKey(rs.getLong("event_id"),
                        rs.getDate("occurs_on").toLocalDate()), java.util.Optional.ofNullable(rs.getString("person_id")),
                        rs.getInt("seats"), Rsvp.Status.valueOf(rs.getString("status")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static int sum(List<Rsvp> rsvps, Rsvp.Status status) {
        return rsvps.stream().filter(r -> r.status() == status).mapToInt(Rsvp::seats).sum();
    }
}
