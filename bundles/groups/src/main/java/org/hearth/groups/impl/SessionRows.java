package org.hearth.groups.impl;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** Reading sessions, each with the number of people named at it. */
final class SessionRows {

    static final String SELECT = "SELECT s.id, s.group_id, s.session_day, s.starts_at, s.ends_at, s.room, s.cancelled,"
            + " s.cancel_note, s.substitute_id, s.started_at, s.topic,"
            + " (SELECT COUNT(*) FROM peergroups.attendance a WHERE a.session_id = s.id), s.anonymous, s.headcount"
            + " FROM peergroups.session s";

    private SessionRows() {
    }

    static Session session(ResultSet rs, StatementContext ctx) throws SQLException {
        int headcount = rs.getInt(14);
        Optional<Integer> counted = rs.wasNull() ? Optional.empty() : Optional.of(headcount);
        return new Session(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getTimestamp(4).toLocalDateTime(),
                rs.getTimestamp(5).toLocalDateTime(), Optional.ofNullable(rs.getString(6)), rs.getBoolean(7),
                Optional.ofNullable(rs.getString(8)), Optional.ofNullable(rs.getString(9)),
                Optional.ofNullable(rs.getTimestamp(10)).map(Timestamp::toLocalDateTime),
                Optional.ofNullable(rs.getString(11)), rs.getInt(12), rs.getInt(13), counted);
    }
}
