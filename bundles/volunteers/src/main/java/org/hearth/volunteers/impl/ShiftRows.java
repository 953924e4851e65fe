package org.hearth.volunteers.impl;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Reading shifts and their holders from the {@code volunteers} schema. */
final class ShiftRows {

    static final String COLUMNS = "s.id, s.template_id, s.shift_day, s.role_code, s.place, s.starts_at, s.ends_at,"
            + " s.min_people, s.wanted_people, s.max_people, s.cancelled";

    private ShiftRows() {
    }

    static Shift shift(ResultSet rs, StatementContext ctx) throws SQLException {
        long template = rs.getLong(2);
        Optional<Long> templateId = rs.wasNull() ? Optional.empty() : Optional.of(template);
        return new Shift(rs.getLong(1), templateId, rs.getDate(3).toLocalDate(), rs.getString(4),
                Optional.ofNullable(rs.getString(5)), rs.getTimestamp(6).toLocalDateTime(),
                rs.getTimestamp(7).toLocalDateTime(), new Shift.People(rs.getInt(8), rs.getInt(9), rs.getInt(10)),
                rs.getBoolean(11));
    }

    /** Shifts chosen by {@code where} (on alias {@code s}), in order of start, each with its holders. */
    static List<Staffing> staffing(Handle h, String where, Object... args) {
        var query = h.createQuery("SELECT " + COLUMNS + " FROM volunteers.shift s WHERE " + where
                + " ORDER BY s.starts_at, s.role_code, s.id");
        for (int i = 0; i < args.length; i++) {
            query.bind(i, args[i]);
        }
        List<Shift> shifts = query.map(ShiftRows::shift).list();
        Map<Long, List<Holder>> holders = new LinkedHashMap<>();
        shifts.forEach(s -> holders.put(s.id(), new ArrayList<>()));
        if (!shifts.isEmpty()) {
            var held = h.createQuery("SELECT a.shift_id, a.person_id, a.swap_offered FROM volunteers.assignment a"
                    + " JOIN volunteers.shift s ON s.id = a.shift_id WHERE " + where + " ORDER BY a.taken_at");
            for (int i = 0; i < args.length; i++) {
                held.bind(i, args[i]);
            }
            held.map((rs, ctx) -> {
                holders.get(rs.getLong(1)).add(new Holder(rs.getString(2), rs.getBoolean(3)));
                return 0;
            }).list();
        }
        return shifts.stream().map(s -> new Staffing(s, holders.get(s.id()))).toList();
    }
}
