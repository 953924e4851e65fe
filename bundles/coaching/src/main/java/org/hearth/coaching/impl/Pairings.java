package org.hearth.coaching.impl;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Centers;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who works with whom. A member chooses a coach (or two) and may end it; the plan stays theirs. A pairing is made at
 * this host's center, and the coaches' and callers' lists are that center's; a member's own pairings, and the limit
 * of two coaches, are the member's across the network. Thread-safe.
 */
@Component(service = Pairings.class, immediate = true)
public class Pairings {

    static final int MAX_COACHES = 2;
    private static final String COLUMNS = "id, member_id, coach_id, started_on, ended_on, contact_every_days, wants_calls";

    private final Jdbi jdbi;
    private final String here;

    @Activate
    public Pairings(@Reference CoachingDatabase database, @Reference Centers centers) {
        this(database, centers.here().id());
    }

    /** For tests: a single kiosk at the default center. */
    public Pairings(CoachingDatabase database) {
        this(database, CenterRows.DEFAULT);
    }

    /** Pairings made at center {@code here}. */
    Pairings(CoachingDatabase database, String here) {
        this.jdbi = database.jdbi();
        this.here = here;
        CenterRows.adopt(jdbi, here);
    }

    /** The member chose this coach; refused when they already work together or have two coaches. */
    long pair(String memberId, String coachId, LocalDate today) {
        if (memberId.equals(coachId)) {
            throw new Refusal("error.pair.self");
        }
        return jdbi.inTransaction(h -> {
            List<Pairing> current = h.createQuery("SELECT " + COLUMNS + " FROM coaching.pairing WHERE member_id = ?"
                    + " AND ended_on IS NULL").bind(0, memberId).map(Pairings::pairing).list();
            if (current.stream().anyMatch(p -> p.coachId().equals(coachId))) {
                throw new Refusal("error.pair.already");
            }
            if (current.size() >= MAX_COACHES) {
                throw new Refusal("error.pair.two");
            }
            return h.createUpdate("INSERT INTO coaching.pairing (member_id, coach_id, started_on, center_id)"
                            + " VALUES (?, ?, ?, ?)").bind(0, memberId).bind(1, coachId).bind(2, Date.valueOf(today))
                    .bind(3, here)
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
        });
    }

    /** The member ended working with this coach; the coach no longer reads or writes their plan. */
    void end(long pairingId, LocalDate today) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE coaching.pairing SET ended_on = ? WHERE id = ? AND ended_on IS NULL")
                .bind(0, Date.valueOf(today)).bind(1, pairingId).execute());
    }

    /** How often to be in touch (7 to 92 days, by agreement) and whether the member wants check-up calls. */
    void agree(long pairingId, int contactEveryDays, boolean wantsCalls) {
        if (contactEveryDays < 7 || contactEveryDays > 92) {
            throw new Refusal("error.every", 7, 92);
        }
        jdbi.useHandle(h -> h.createUpdate("UPDATE coaching.pairing SET contact_every_days = ?, wants_calls = ?"
                + " WHERE id = ?").bind(0, contactEveryDays).bind(1, wantsCalls).bind(2, pairingId).execute());
    }

    Optional<Pairing> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM coaching.pairing WHERE id = ?")
                .bind(0, id).map(Pairings::pairing).findFirst());
    }

    /** The member's pairings at every center, current first: who may read their plan does not depend on where. */
    List<Pairing> ofMember(String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM coaching.pairing WHERE member_id = ?"
                        + " ORDER BY CASE WHEN ended_on IS NULL THEN 0 ELSE 1 END, started_on DESC, id DESC")
                .bind(0, memberId).map(Pairings::pairing).list());
    }

    /** The coach's current pairings at this center. */
    List<Pairing> ofCoach(String coachId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM coaching.pairing WHERE center_id = ?"
                        + " AND coach_id = ? AND ended_on IS NULL ORDER BY started_on, id").bind(0, here).bind(1, coachId)
                .map(Pairings::pairing).list());
    }

    /** Every current pairing at this center of a member who asked for check-up calls. */
    List<Pairing> wantingCalls() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM coaching.pairing WHERE center_id = ?"
                        + " AND wants_calls = TRUE AND ended_on IS NULL ORDER BY started_on, id").bind(0, here)
                .map(Pairings::pairing).list());
    }

    boolean current(String memberId, String coachId) {
        return ofMember(memberId).stream().anyMatch(p -> p.current() && p.coachId().equals(coachId));
    }

    static Pairing pairing(ResultSet rs, StatementContext ctx) throws SQLException {
        Date ended = rs.getDate(5);
        return new Pairing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                Optional.ofNullable(ended).map(Date::toLocalDate), rs.getInt(6), rs.getBoolean(7));
    }
}
