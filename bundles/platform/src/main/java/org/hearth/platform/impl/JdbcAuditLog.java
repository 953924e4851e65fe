package org.hearth.platform.impl;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.hearth.api.AuditEntry;
import org.hearth.api.AuditLog;
import org.hearth.api.Failures;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit log in the platform schema. */
@Component
public class JdbcAuditLog implements AuditLog {

    private static final int TRIES = 3;

    private final Jdbi jdbi;
    private final Clock clock;

    @Activate
    public JdbcAuditLog(@Reference PlatformSchema schema, @Reference Clock clock) {
        this.jdbi = schema.jdbi();
        this.clock = clock;
    }

    /**
     * Appends an entry. Derby was seen to refuse one at once with a lock time-out while eight threads appended
     * entries together (the concurrent wrong-PIN test, on a loaded machine); such an entry is tried again.
     */
    @Override
    public void record(String actorId, String action, String subject) {
        Timestamp at = Timestamp.from(clock.instant());
        for (int attempt = 1; ; attempt++) {
            try {
                jdbi.useHandle(h -> h.createUpdate("INSERT INTO platform.audit_entry (happened_at, actor_id, action,"
                                + " subject) VALUES (?, ?, ?, ?)")
                        .bind(0, at).bind(1, actorId).bind(2, action).bind(3, subject).execute());
                return;
            } catch (RuntimeException e) {
                if (attempt == TRIES || !Failures.isLockConflict(e)) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return query("", null, limit);
    }

    @Override
    public List<AuditEntry> about(String subject) {
        return query("WHERE subject = ?", subject, 10_000);
    }

    private List<AuditEntry> query(String where, String subject, int limit) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT happened_at, actor_id, action, subject FROM platform.audit_entry " + where
                    + " ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY");
            if (subject != null) {
                query.bind(0, subject);
            }
            return query.map((rs, ctx) -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                    rs.getString(3), rs.getString(4))).list();
        });
    }
}
