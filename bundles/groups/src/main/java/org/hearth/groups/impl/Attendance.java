package org.hearth.groups.impl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Failures;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who came to a session, three ways at once: sign-ins that named it, the facilitator's roster, and (on the
 * session) an anonymous headcount. A person is one row a session however they were recorded, so two devices
 * taking the roster at once, or a sign-in and a tap on the roster, never count anyone twice. Thread-safe.
 */
@Component(service = Attendance.class, immediate = true)
public class Attendance {

    /** A person named at a session, and how. */
    record Named(String personId, boolean signedIn, boolean onRoster) {
    }

    static final int REGULAR_WEEKS = 12;

    private final Jdbi jdbi;
    private final Clock clock;

    @Activate
    public Attendance(@Reference GroupsDatabase database, @Reference Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    /** A sign-in that named the session: the person (once), or one more anonymous attendee. */
    void signedIn(long sessionId, Optional<String> personId) {
        if (personId.isPresent()) {
            mark(sessionId, personId.get(), "via_signin");
        } else {
            jdbi.useHandle(h -> h.createUpdate("UPDATE peergroups.session SET anonymous = anonymous + 1 WHERE id = ?")
                    .bind(0, sessionId).execute());
        }
    }

    /** The facilitator ticks a person present on the roster. */
    void present(long sessionId, String personId) {
        mark(sessionId, personId, "via_roster");
    }

    /** The facilitator unticks a person; someone who also signed in for the session stays counted. */
    void notPresent(long sessionId, String personId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE peergroups.attendance SET via_roster = FALSE WHERE session_id = ? AND person_id = ?")
                    .bind(0, sessionId).bind(1, personId).execute();
            h.createUpdate("DELETE FROM peergroups.attendance WHERE session_id = ? AND person_id = ? AND via_signin = FALSE")
                    .bind(0, sessionId).bind(1, personId).execute();
        });
    }

    private void mark(long sessionId, String personId, String how) {
        Timestamp now = Timestamp.from(clock.instant());
        for (int attempt = 0; attempt < 2; attempt++) {
            int changed = jdbi.withHandle(h -> h.createUpdate("UPDATE peergroups.attendance SET " + how + " = TRUE"
                    + " WHERE session_id = ? AND person_id = ?").bind(0, sessionId).bind(1, personId).execute());
            if (changed > 0) {
                return;
            }
            try {
                jdbi.useHandle(h -> h.createUpdate("INSERT INTO peergroups.attendance (session_id, person_id, " + how
                        + ", recorded_at) VALUES (?, ?, TRUE, ?)").bind(0, sessionId).bind(1, personId).bind(2, now)
                        .execute());
                return;
            } catch (RuntimeException e) {
                if (!Failures.isDuplicateKey(e)) {
                    throw e;
                }
            }
        }
    }

    List<Named> named(long sessionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT person_id, via_signin, via_roster FROM peergroups.attendance"
                        + " WHERE session_id = ? ORDER BY recorded_at").bind(0, sessionId)
                .map((rs, ctx) -> new Named(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3))).list());
    }

    /** People named at the group's last sessions before {@code day}: the roster's first names to tick. */
    List<String> regulars(long groupId, LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT a.person_id FROM peergroups.attendance a"
                        + " JOIN peergroups.session s ON s.id = a.session_id WHERE s.group_id = ? AND s.session_day < ?"
                        + " AND s.session_day >= ?").bind(0, groupId).bind(1, Date.valueOf(day))
                .bind(2, Date.valueOf(day.minusWeeks(REGULAR_WEEKS))).mapTo(String.class).list());
    }
}
