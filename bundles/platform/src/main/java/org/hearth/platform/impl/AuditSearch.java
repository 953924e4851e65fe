package org.hearth.platform.impl;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.api.AuditEntry;
import org.jdbi.v3.core.Jdbi;

/** The audit log read by a coordinator: filtered by who, what, when and about whom, newest first. */
final class AuditSearch {

    /** At most this many entries are shown for one search; a narrower filter finds older ones. */
    static final int LIMIT = 500;

    /**
     * A search. {@code actors} and {@code subjects}: null for anyone, else one of these ids (none matches an empty set); {@code action}
     * null for any; {@code from} and {@code to} days (inclusive) in the center's time zone, null for open.
     */
    record Filter(Set<String> actors, String action, LocalDate from, LocalDate to, Set<String> subjects) {
    }

    private final Jdbi jdbi;
    private final ZoneId zone;

    AuditSearch(Jdbi jdbi, ZoneId zone) {
        this.jdbi = jdbi;
        this.zone = zone;
    }

    List<AuditEntry> find(Filter filter) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        in(where, args, "actor_id", filter.actors());
        in(where, args, "subject", filter.subjects());
        if (filter.action() != null) {
            where.add("action = ?");
            args.add(filter.action());
        }
        if (filter.from() != null) {
            where.add("happened_at >= ?");
            args.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.add("happened_at < ?");
            args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String sql = "SELECT happened_at, actor_id, action, subject FROM platform.audit_entry"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY id DESC FETCH FIRST " + LIMIT + " ROWS ONLY";
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.size(); i++) {
                query.bind(i, args.get(i));
            }
            return query.map((rs, ctx) -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                    rs.getString(3), rs.getString(4))).list();
        });
    }

    /** Every kind of entry recorded so far, for the "what" filter. */
    List<String> actions() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT action FROM platform.audit_entry ORDER BY action")
                .mapTo(String.class).list());
    }

    /** A name that matched no one must match no entry, so an empty set adds a condition no row meets. */
    private static void in(List<String> where, List<Object> args, String column, Set<String> ids) {
        if (ids == null) {
            return;
        }
        if (ids.isEmpty()) {
            where.add("1 = 0");
            return;
        }
        where.add(column + " IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")");
        args.addAll(ids);
    }
}
