package org.hearth.signin.impl;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.hearth.signin.impl.VisitCounts.Grain;
import org.hearth.signin.impl.VisitCounts.Visits;
import org.jdbi.v3.core.Handle;

/**
 * The counts of closed periods, kept once made per scope (see V5__counts.sql, V7__centers.sql): read back for a report,
 * and written for a
 * period counted for the first time. {@link VisitCounts} decides which periods are closed and takes the lock.
 */
final class KeptCounts {

    private KeptCounts() {
    }

    /** What a scope is kept under: the center's id, or {@value #NETWORK}. */
    static final String NETWORK = "*";

    /** The kept counts of the periods starting {@code first}..{@code last}, by their start. */
    static Map<LocalDate, Visits> read(Handle h, String scope, Grain grain, LocalDate first, LocalDate last) {
        Map<LocalDate, Map<Purpose, Long>> byPurpose = new HashMap<>();
        h.createQuery("SELECT period_start, purpose, visits FROM signin.kept_purpose_count"
                        + " WHERE scope = ? AND grain = ? AND period_start BETWEEN ? AND ?")
                .bind(0, scope).bind(1, grain.name()).bind(2, Date.valueOf(first)).bind(3, Date.valueOf(last))
                .map((rs, ctx) -> new Object[] {rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3)})
                .forEach(r -> Purpose.parse((String) r[1]).ifPresent(p -> byPurpose
                        .computeIfAbsent((LocalDate) r[0], start -> new EnumMap<>(Purpose.class)).put(p, (Long) r[2])));
        Map<LocalDate, Visits> kept = new HashMap<>();
        h.createQuery("SELECT period_start, visits, people, anonymous FROM signin.kept_count"
                        + " WHERE scope = ? AND grain = ? AND period_start BETWEEN ? AND ?")
                .bind(0, scope).bind(1, grain.name()).bind(2, Date.valueOf(first)).bind(3, Date.valueOf(last))
                .map((rs, ctx) -> {
                    LocalDate start = rs.getDate(1).toLocalDate();
                    return Map.entry(start, new Visits(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            byPurpose.getOrDefault(start, new EnumMap<>(Purpose.class))));
                })
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    static void keep(Handle h, String scope, Grain grain, LocalDate start, Visits visits) {
        h.createUpdate("INSERT INTO signin.kept_count (scope, grain, period_start, visits, people, anonymous)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .bind(0, scope).bind(1, grain.name()).bind(2, Date.valueOf(start)).bind(3, visits.visits())
                .bind(4, visits.people()).bind(5, visits.anonymous())
                .execute();
        var batch = h.prepareBatch("INSERT INTO signin.kept_purpose_count (scope, grain, period_start, purpose, visits)"
                + " VALUES (?, ?, ?, ?, ?)");
        visits.byPurpose().forEach((purpose, count) -> batch.bind(0, scope).bind(1, grain.name())
                .bind(2, Date.valueOf(start)).bind(3, purpose.name()).bind(4, count).add());
        if (!visits.byPurpose().isEmpty()) {
            batch.execute();
        }
    }
}
