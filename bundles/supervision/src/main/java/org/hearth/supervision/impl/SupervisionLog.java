package org.hearth.supervision.impl;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hearth.api.AuditLog;
import org.hearth.api.Viewer;
import org.jdbi.v3.core.Handle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The supervision log: the supervisor (or backup) writes an entry about a session, the peer reads their own,
 * adds a reflection and acknowledges it, and the supervisor acknowledges it too. Every read is audited before
 * the entries are handed out; a read whose audit entry cannot be written fails. Thread-safe.
 */
@Component(service = SupervisionLog.class, immediate = true)
public class SupervisionLog {

    private static final String SELECT = "SELECT id, supervisee_id, author_id, met_on, minutes, format, notes,"
            + " next_steps, reflection, supervisor_ack, peer_ack FROM supervision.log_entry ";

    private final SupervisionDatabase database;
    private final Access access;
    private final Topics topics;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public SupervisionLog(@Reference SupervisionDatabase database, @Reference Access access, @Reference Topics topics,
                          @Reference AuditLog audit, @Reference Clock clock) {
        this.database = database;
        this.access = access;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a session; only the peer's supervisor or backup may. Returns the entry's id. */
    long write(Viewer viewer, String peerId, LogDraft draft) {
        access.requireSupervisor(viewer, peerId);
        check(draft);
        long id = database.jdbi().inTransaction(h -> {
            long entry = h.createUpdate("INSERT INTO supervision.log_entry (supervisee_id, author_id, met_on, minutes,"
                            + " format, notes, next_steps, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(0, peerId).bind(1, Access.me(viewer)).bind(2, Date.valueOf(draft.metOn))
                    .bind(3, draft.minutes).bind(4, draft.format.name()).bind(5, text(draft.notes))
                    .bind(6, text(draft.nextSteps)).bind(7, Timestamp.valueOf(LocalDateTime.now(clock)))
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            for (String topic : draft.topics) {
                h.createUpdate("INSERT INTO supervision.log_topic (entry_id, topic_code) VALUES (?, ?)")
                        .bind(0, entry).bind(1, topic).execute();
            }
            return entry;
        });
        audit.record(Access.me(viewer), "supervision.log.write", "person:" + peerId);
        return id;
    }

    private void check(LogDraft draft) {
        if (draft.metOn == null || draft.metOn.isAfter(LocalDate.now(clock))) {
            throw new Refusal("error.log.date");
        }
        if (draft.minutes == null || draft.minutes < 1 || draft.minutes > LogEntry.MAX_MINUTES) {
            throw new Refusal("error.log.minutes");
        }
        if (draft.format == null) {
            throw new Refusal("error.log.format");
        }
        if (text(draft.notes) != null && draft.notes.strip().length() > LogEntry.MAX_TEXT
                || text(draft.nextSteps) != null && draft.nextSteps.strip().length() > LogEntry.MAX_TEXT) {
            throw new Refusal("error.log.long");
        }
        if (!topics.codes().containsAll(draft.topics)) {
            throw new Refusal("error.log.topic");
        }
    }

    /** The peer's entries, newest first, for the peer, their supervisor or backup; the read is audited. */
    List<LogEntry> read(Viewer viewer, String peerId) {
        access.require(viewer, peerId);
        return database.jdbi().inTransaction(h -> {
            List<LogEntry> entries = query(h, "WHERE supervisee_id = ? ORDER BY met_on DESC, id DESC", peerId);
            audit.record(Access.me(viewer), "supervision.log.read", "person:" + peerId);
            return entries;
        });
    }

    /** The peer adds or changes their own reflection on an entry of their log. */
    void reflect(Viewer viewer, long entryId, String reflection) {
        LogEntry entry = own(viewer, entryId);
        if (access.side(viewer, entry.superviseeId()).orElse(null) != Access.Side.PEER) {
            throw Refusal.notYours();
        }
        String text = text(reflection);
        if (text != null && text.length() > LogEntry.MAX_TEXT) {
            throw new Refusal("error.log.long");
        }
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE supervision.log_entry SET reflection = ? WHERE id = ?")
                .bind(0, text).bind(1, entryId).execute());
        audit.record(Access.me(viewer), "supervision.log.reflect", "person:" + entry.superviseeId());
    }

    /** The peer or their supervisor (or backup) acknowledges an entry. */
    void acknowledge(Viewer viewer, long entryId) {
        LogEntry entry = own(viewer, entryId);
        String column = access.require(viewer, entry.superviseeId()) == Access.Side.PEER ? "peer_ack" : "supervisor_ack";
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE supervision.log_entry SET " + column + " = ? WHERE id = ?")
                .bind(0, Timestamp.valueOf(LocalDateTime.now(clock))).bind(1, entryId).execute());
        audit.record(Access.me(viewer), "supervision.log.acknowledge", "person:" + entry.superviseeId());
    }

    /** The entry if the viewer has a part in it; the access refusal otherwise (also when there is no such entry). */
    private LogEntry own(Viewer viewer, long entryId) {
        LogEntry entry = database.jdbi().withHandle(h -> query(h, "WHERE id = ?", entryId)).stream().findFirst()
                .orElseThrow(Refusal::notYours);
        access.require(viewer, entry.superviseeId());
        return entry;
    }

    /** How many of the peer's entries they have not marked read yet: a count for their tile, not a read. */
    int unread(String peerId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM supervision.log_entry"
                + " WHERE supervisee_id = ? AND peer_ack IS NULL").bind(0, peerId).mapTo(Integer.class).one());
    }

    /** The day of the peer's last session, if any. For the cadence; not a read of the log. */
    Optional<LocalDate> lastMet(String peerId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT MAX(met_on) FROM supervision.log_entry"
                + " WHERE supervisee_id = ?").bind(0, peerId).map((rs, ctx) -> Optional.ofNullable(rs.getDate(1)))
                .one().map(Date::toLocalDate));
    }

    private static List<LogEntry> query(Handle h, String where, Object value) {
        List<LogEntry> rows = h.createQuery(SELECT + where).bind(0, value).map((rs, ctx) -> row(rs, List.of())).list();
        if (rows.isEmpty()) {
            return rows;
        }
        String ids = rows.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining(","));
        Map<Long, List<String>> topics = h.createQuery("SELECT entry_id, topic_code FROM supervision.log_topic"
                        + " WHERE entry_id IN (" + ids + ") ORDER BY topic_code")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> new LogEntry(r.id(), r.superviseeId(), r.authorId(), r.metOn(), r.minutes(),
                r.format(), topics.getOrDefault(r.id(), List.of()), r.notes(), r.nextSteps(), r.reflection(),
                r.supervisorAck(), r.peerAck())).toList();
    }

    private static LogEntry row(ResultSet rs, List<String> topics) throws SQLException {
        return new LogEntry(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                rs.getDate(4).toLocalDate(), rs.getInt(5), LogEntry.Format.valueOf(rs.getString(6)), topics,
                orEmpty(rs.getString(7)), orEmpty(rs.getString(8)), Optional.ofNullable(rs.getString(9)),
                time(rs.getTimestamp(10)), time(rs.getTimestamp(11)));
    }

    private static Optional<LocalDateTime> time(Timestamp t) {
        return Optional.ofNullable(t).map(Timestamp::toLocalDateTime);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The text stripped, or null when there is none. */
    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
