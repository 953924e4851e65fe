package org.hearth.events.impl;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hearth.api.KindOfSupport;

/** Rows of the events schema read back as events and as the changes of single dates. */
final class EventRows {

    private EventRows() {
    }

    static Event event(ResultSet rs) throws SQLException {
        Optional<String> rule = Optional.ofNullable(rs.getString("rrule"));
        int capacity = rs.getInt("capacity");
        Optional<Integer> limit = rs.wasNull() ? Optional.empty() : Optional.of(capacity);
        EventDraft draft = new EventDraft(rs.getString("title"), Optional.ofNullable(rs.getString("description")),
                Optional.ofNullable(rs.getString("place")), KindOfSupport.valueOf(rs.getString("kind")),
                Tag.parse(rs.getString("tags")), rs.getBoolean("child_care"), rs.getBoolean("transport"), limit,
                Optional.ofNullable(rs.getString("organiser_id")),
                at(rs.getDate("start_day"), rs.getTime("start_time")), at(rs.getDate("end_day"), rs.getTime("end_time")),
                Recurrence.parse(rule));
        return new Event(rs.getLong("id"), draft, rule, rs.getBoolean("cancelled"),
                Optional.ofNullable(rs.getString("cancel_note")));
    }

    static OccurrenceChange change(ResultSet rs) throws SQLException {
        Date startDay = rs.getDate("start_day");
        Date endDay = rs.getDate("end_day");
        return new OccurrenceChange(new OccurrenceKey(rs.getLong("event_id"), rs.getDate("occurs_on").toLocalDate()),
                rs.getBoolean("skipped"), rs.getBoolean("cancelled"), Optional.ofNullable(rs.getString("cancel_note")),
                Optional.ofNullable(rs.getString("title")), Optional.ofNullable(rs.getString("description")),
                Optional.ofNullable(rs.getString("place")),
                Optional.ofNullable(startDay).map(d -> at(d, getTime(rs, "start_time"))),
                Optional.ofNullable(endDay).map(d -> at(d, getTime(rs, "end_time"))));
    }

    private static Time getTime(ResultSet rs, String column) {
        try {
            return rs.getTime(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime at(Date day, Time time) {
        return LocalDateTime.of(day.toLocalDate(), time.toLocalTime());
    }
}
