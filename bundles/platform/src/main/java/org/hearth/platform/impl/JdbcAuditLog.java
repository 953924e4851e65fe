package org.hearth.platform.impl;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.hearth.api.AuditEntry;
import org.hearth.api.AuditLog;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit log in the platform schema. */
@Component
public class JdbcAuditLog implements AuditLog {

    private final Jdbi jdbi;
    private final Clock clock;

    @Activate
    public JdbcAuditLog(@Reference PlatformSchema schema, @Reference Clock clock) {
        this.jdbi = schema.jdbi();
        this.clock = clock;
    }

    @Override
    public void record(String actorId, String action, String subject) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO platform.audit_entry (happened_at, actor_id, action, subject)"
                        + " VALUES (?, ?, ?, ?)")
                .bind(0, Timestamp.from(clock.instant())).bind(1, actorId).bind(2, action).bind(3, subject)
                .execute());
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
