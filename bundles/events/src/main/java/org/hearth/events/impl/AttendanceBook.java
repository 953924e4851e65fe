package org.hearth.events.impl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who came to an occurrence: members and anonymous visitors who named it when signing in, members ticked on a
 * staff roster, and a staff headcount of everyone in the room. The attendance of an occurrence is the larger
 * of the headcount and the people counted one by one (each member once, however they were counted).
 */
@Component(service = AttendanceBook.class, immediate = true)
public class AttendanceBook {

    /** One occurrence's attendance. */
    record Count(int members, int anonymous, Optional<Integer> headcount) {
        static final Count NONE = new Count(0, 0, Optional.empty());

        int total() {
            return Math.max(members + anonymous, headcount.orElse(0));
        }
    }

    static final int MAX_HEADCOUNT = 10_000;

    private final Jdbi jdbi;
    private final Clock clock;

    @Activate
    public AttendanceBook(@Reference EventsDatabase database, @Reference Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    /** A sign-in that named the occurrence. A member already counted is not counted twice; false then. */
    public boolean signedIn(OccurrenceKey key, Optional<String> personId, Instant at) {
        if (personId.isPresent() && present(key).contains(personId.get())) {
            return false;
        }
        insert(key, personId, "SIGNIN", at);
        return true;
    }

    /** A member ticked present, or un-ticked, on a staff roster. */
    public void mark(OccurrenceKey key, String personId, boolean present) {
        if (present) {
            if (!present(key).contains(personId)) {
                insert(key, Optional.of(personId), "ROSTER", clock.instant());
            }
        } else {
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM events.attendance WHERE event_id = ? AND occurs_on = ?"
                            + " AND person_id = ?")
                    .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).bind(2, personId).execute());
        }
    }

    /** A staff headcount of everyone in the room (replaces the one before). */
    public void headcount(OccurrenceKey key, int people, Optional<String> by) {
        if (people < 0 || people > MAX_HEADCOUNT) {
            throw new IllegalArgumentException("error.headcount");
        }
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM events.headcount WHERE event_id = ? AND occurs_on = ?")
                    .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).execute();
            h.createUpdate("INSERT INTO events.headcount (event_id, occurs_on, people, recorded_by, recorded_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).bind(2, people)
                    .bind(3, by.orElse(null)).bind(4, Timestamp.from(clock.instant())).execute();
        });
    }

    /** The members counted present at an occurrence. */
    public Set<String> present(OccurrenceKey key) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT person_id FROM events.attendance"
                        + " WHERE event_id = ? AND occurs_on = ? AND person_id IS NOT NULL")
                .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).mapTo(String.class).list()));
    }

    public Count count(OccurrenceKey key) {
        return counts(key.occursOn(), key.occursOn()).getOrDefault(key, Count.NONE);
    }

    /** The attendance of every occurrence named by a date from {@code from} to {@code to}. */
    public Map<OccurrenceKey, Count> counts(LocalDate from, LocalDate to) {
        Map<OccurrenceKey, Count> counts = new HashMap<>();
        jdbi.useHandle(h -> {
            h.createQuery("SELECT event_id, occurs_on, COUNT(DISTINCT person_id),"
                            + " SUM(CASE WHEN person_id IS NULL THEN 1 ELSE 0 END) FROM events.attendance"
                            + " WHERE occurs_on BETWEEN ? AND ? GROUP BY event_id, occurs_on")
                    .bind(0, Date.valueOf(from)).bind(1, Date.valueOf(to))
                    .map((rs, ctx) -> new Object[] {new OccurrenceKey(rs.getLong(1), rs.getDate(2).toLocalDate()),
                            new Count(rs.getInt(3), rs.getInt(4), Optional.empty())})
                    .forEach(row -> counts.put((OccurrenceKey) row[0], (Count) row[1]));
            h.createQuery("SELECT event_id, occurs_on, people FROM events.headcount WHERE occurs_on BETWEEN ? AND ?")
                    .bind(0, Date.valueOf(from)).bind(1, Date.valueOf(to))
                    .map((rs, ctx) -> Map.entry(new OccurrenceKey(rs.getLong(1), rs.getDate(2).toLocalDate()), rs.getInt(3)))
                    .forEach(e -> {
                        Count c = counts.getOrDefault(e.getKey(), Count.NONE);
                        counts.put(e.getKey(), new Count(c.members(), c.anonymous(), Optional.of(e.getValue())));
                    });
        });
        return counts;
    }

    private void insert(OccurrenceKey key, Optional<String> personId, String source, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO events.attendance (event_id, occurs_on, person_id, source,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?)")
                .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).bind(2, personId.orElse(null))
                .bind(3, source).bind(4, Timestamp.from(at)).execute());
    }
}
