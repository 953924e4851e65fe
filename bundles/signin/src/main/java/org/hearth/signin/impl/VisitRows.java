package org.hearth.signin.impl;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reading visits back from the sign-in schema, each with its purposes (codes no longer known are skipped). */
final class VisitRows {

    private static final String COLUMNS = "id, person_id, visited_at, reference, signed_out_at";

    private VisitRows() {
    }

    /** The visits {@code where} (an SQL clause with these parameters) selects, in its order. */
    static List<Visit> read(Handle h, String where, Object... parameters) {
        Map<Long, Visit> byId = new LinkedHashMap<>();
        var query = h.createQuery("SELECT " + COLUMNS + " FROM signin.visit " + where);
        for (int i = 0; i < parameters.length; i++) {
            query.bind(i, parameters[i]);
        }
        query
                .map((rs, ctx) -> new Visit(rs.getLong("id"), Optional.ofNullable(rs.getString("person_id")),
                        rs.getTimestamp("visited_at").toInstant(), EnumSet.noneOf(Purpose.class),
                        Optional.ofNullable(rs.getString("reference")),
                        Optional.ofNullable(rs.getTimestamp("signed_out_at")).map(Timestamp::toInstant)))
                .forEach(v -> byId.put(v.id(), v));
        if (byId.isEmpty()) {
            return List.of();
        }
        String ids = String.join(",", byId.keySet().stream().map(String::valueOf).toList());
        h.createQuery("SELECT visit_id, purpose FROM signin.visit_purpose WHERE visit_id IN (" + ids + ")")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> Purpose.parse(e.getValue()).ifPresent(p -> byId.get(e.getKey()).purposes().add(p)));
        return new ArrayList<>(byId.values());
    }
}
