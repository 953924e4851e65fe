package org.hearth.groups.impl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.Failures;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Sessions: made from each group's schedule for the days someone looks at (once: a session changed for one day
 * keeps its name), called off with a notice, moved, given a substitute facilitator, started, with a topic line
 * and a headcount. Thread-safe.
 */
@Component(service = SessionBook.class, immediate = true)
public class SessionBook {

    static final int MAX_TOPIC = 200;
    static final int MAX_NOTE = 200;
    static final int MOST_PEOPLE = 1000;

    private final Jdbi jdbi;
    private final GroupBook groups;
    private final Clock clock;

    @Activate
    public SessionBook(@Reference GroupsDatabase database, @Reference GroupBook groups, @Reference Clock clock) {
        this.jdbi = database.jdbi();
        this.groups = groups;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    Clock clock() {
        return clock;
    }

    /**
     * The sessions of this center's groups on the days from {@code from} to {@code to}, made from the schedules as
     * needed, by start.
     */
    List<Session> between(LocalDate from, LocalDate to) {
        ensureMade(from, to);
        return jdbi.withHandle(h -> h.createQuery(SessionRows.SELECT + " JOIN peergroups.peer_group g ON g.id = s.group_id"
                        + " WHERE g.center_id = ? AND s.session_day BETWEEN ? AND ? ORDER BY s.starts_at, s.id")
                .bind(0, groups.center()).bind(1, Date.valueOf(from)).bind(2, Date.valueOf(to))
                .map(SessionRows::session).list());
    }

    Optional<Session> find(long id) {
        return jdbi.withHandle(h -> h.createQuery(SessionRows.SELECT + " WHERE s.id = ?").bind(0, id)
                .map(SessionRows::session).findFirst());
    }

    /** The group's session on {@code day}, made if the schedule gives one that day. */
    Optional<Session> find(long groupId, LocalDate day) {
        ensureMade(day, day);
        return jdbi.withHandle(h -> h.createQuery(SessionRows.SELECT + " WHERE s.group_id = ? AND s.session_day = ?")
                .bind(0, groupId).bind(1, Date.valueOf(day)).map(SessionRows::session).findFirst());
    }

    void ensureMade(LocalDate from, LocalDate to) {
        List<Group> meeting = groups.list(false);
        if (meeting.isEmpty()) {
            return;
        }
        Set<String> made = new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT group_id, session_day FROM"
                        + " peergroups.session WHERE session_day BETWEEN ? AND ?").bind(0, Date.valueOf(from))
                .bind(1, Date.valueOf(to)).map((rs, ctx) -> rs.getLong(1) + "@" + rs.getDate(2).toLocalDate()).list()));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (Group g : meeting) {
                if (!day.isBefore(g.from()) && g.schedule().meetsOn(day) && !made.contains(g.id() + "@" + day)) {
                    make(g, day);
                }
            }
        }
    }

    private void make(Group g, LocalDate day) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO peergroups.session (group_id, session_day, starts_at, ends_at,"
                            + " room) VALUES (?, ?, ?, ?, ?)").bind(0, g.id()).bind(1, Date.valueOf(day))
                    .bind(2, Timestamp.valueOf(day.atTime(g.schedule().start())))
                    .bind(3, Timestamp.valueOf(day.atTime(g.schedule().end()))).bind(4, g.room().orElse(null)).execute());
        } catch (RuntimeException e) {
            if (!Failures.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    /**
     * The facilitator starts the session. @throws Refusal {@code error.started} (with the time) when it was
     * started already, {@code error.cancelled} when it was called off
     */
    Session start(long id, String by) {
        Session s = find(id).orElseThrow(() -> new Refusal("error.gone"));
        if (s.cancelled()) {
            throw new Refusal("error.cancelled");
        }
        int changed = jdbi.withHandle(h -> h.createUpdate("UPDATE peergroups.session SET started_at = ?, started_by = ?"
                + " WHERE id = ? AND started_at IS NULL").bind(0, Timestamp.valueOf(now())).bind(1, by).bind(2, id).execute());
        Session now = find(id).orElseThrow();
        if (changed == 0) {
            throw new Refusal("error.started", now.startedAt().map(LocalDateTime::toLocalTime).orElse(null));
        }
        return now;
    }

    /** Calls a session off with a notice the kiosk shows, or puts it back on. */
    void cancel(long id, boolean cancelled, Optional<String> note) {
        String text = note.map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
        if (text != null && text.length() > MAX_NOTE) {
            throw new Refusal("error.note");
        }
        update("UPDATE peergroups.session SET cancelled = ?, cancel_note = ? WHERE id = ?", cancelled,
                cancelled ? text : null, id);
    }

    /** Moves one session (time and room); the group's schedule stays. */
    void move(long id, LocalDateTime start, LocalDateTime end, Optional<String> room) {
        if (!end.isAfter(start) || java.time.Duration.between(start, end).toHours() >= 12) {
            throw new Refusal("error.times");
        }
        if (room.map(r -> r.strip().length() > Group.MAX_ROOM).orElse(false)) {
            throw new Refusal("error.room");
        }
        update("UPDATE peergroups.session SET starts_at = ?, ends_at = ?, room = ? WHERE id = ?",
                Timestamp.valueOf(start), Timestamp.valueOf(end), room.map(String::strip).filter(r -> !r.isEmpty())
                        .orElse(null), id);
    }

    void substitute(long id, Optional<String> personId) {
        update("UPDATE peergroups.session SET substitute_id = ? WHERE id = ?", personId.orElse(null), id);
    }

    /** A short topic line ("Boundaries", "Budgeting basics"); never notes about a person. */
    void topic(long id, String topic) {
        String text = topic == null ? "" : topic.strip();
        if (text.length() > MAX_TOPIC) {
            throw new Refusal("error.topic");
        }
        update("UPDATE peergroups.session SET topic = ? WHERE id = ?", text.isEmpty() ? null : text, id);
    }

    /** Everyone in the room, named or not. @throws Refusal {@code error.headcount} when not 0 to 1,000 */
    Session headcount(long id, int people) {
        if (people < 0 || people > MOST_PEOPLE) {
            throw new Refusal("error.headcount");
        }
        update("UPDATE peergroups.session SET headcount = ? WHERE id = ?", people, id);
        return find(id).orElseThrow(() -> new Refusal("error.gone"));
    }

    /** Runs one update of a session; a null is a text column's NULL (every nullable column set here is text). */
    private void update(String sql, Object... args) {
        int changed = jdbi.withHandle(h -> {
            var update = h.createUpdate(sql);
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    update.bindNull(i, java.sql.Types.VARCHAR);
                } else {
                    update.bind(i, args[i]);
                }
            }
            return update.execute();
        });
        if (changed == 0) {
            throw new Refusal("error.gone");
        }
    }
}
