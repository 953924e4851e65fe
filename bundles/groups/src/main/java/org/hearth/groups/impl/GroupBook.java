package org.hearth.groups.impl;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.Centers;
import org.hearth.api.KindOfSupport;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.LoggerFactory;

/**
 * The center's groups and the network's list of pathways. An archived group keeps its history. Each group belongs to
 * the center where it was made; the lists are this center's, a look-up by id finds any. Thread-safe.
 */
@Component(service = GroupBook.class, immediate = true)
public class GroupBook {

    static final String COLUMNS = "id, name, pathway_code, kind, frequency, weekday, week_of_month, start_time, end_time,"
            + " room, open_group, language, from_day, archived";

    /** The center of a single kiosk that was given no {@code hearth.center.id}. */
    static final String DEFAULT_CENTER = "main";

    private final Jdbi jdbi;
    private final String here;

    @Activate
    public GroupBook(@Reference GroupsDatabase database, @Reference Centers centers) {
        this(database, centers.here().id());
    }

    /** For tests: a single kiosk at the default center. */
    public GroupBook(GroupsDatabase database) {
        this(database, DEFAULT_CENTER);
    }

    /** The groups of center {@code here}. */
    GroupBook(GroupsDatabase database, String here) {
        this.jdbi = database.jdbi();
        this.here = here;
        adoptGroupsOfNoCenter();
    }

    /** Groups made before centers existed were the one center's: this kiosk's. */
    private void adoptGroupsOfNoCenter() {
        int adopted = jdbi.withHandle(h -> h.createUpdate("UPDATE peergroups.peer_group SET center_id = ?"
                + " WHERE center_id IS NULL").bind(0, here).execute());
        if (adopted > 0) {
            LoggerFactory.getLogger(GroupBook.class).info("{} groups from before centers are now center {}'s", adopted,
                    here);
        }
    }

    /** The id of the center whose groups these are. */
    String center() {
        return here;
    }

    List<Pathway> pathways() {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name_en, name_es FROM peergroups.pathway"
                        + " WHERE active = TRUE ORDER BY position, code")
                .map((rs, ctx) -> new Pathway(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3))))
                .list());
    }

    /** Every group of this center that still meets, by name (or every group, archived ones too). */
    List<Group> list(boolean withArchived) {
        return jdbi.withHandle(h -> withFacilitators(h, h.createQuery("SELECT " + COLUMNS + " FROM peergroups.peer_group"
                        + " WHERE center_id = ?" + (withArchived ? "" : " AND archived = FALSE") + " ORDER BY name, id")
                .bind(0, here).map(GroupBook::group).list()));
    }

    Optional<Group> find(long id) {
        return jdbi.withHandle(h -> withFacilitators(h, h.createQuery("SELECT " + COLUMNS
                + " FROM peergroups.peer_group WHERE id = ?").bind(0, id).map(GroupBook::group).list())).stream().findFirst();
    }

    /** Adds a group of this center (id 0) or changes one; returns its id. */
    long save(Group g) {
        return jdbi.inTransaction(h -> {
            long id = g.id();
            if (id == 0) {
                id = h.createUpdate("INSERT INTO peergroups.peer_group (name, pathway_code, kind, frequency, weekday,"
                                + " week_of_month, start_time, end_time, room, open_group, language, from_day, center_id)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .bind(0, g.name()).bind(1, g.pathwayCode()).bind(2, g.kind().name())
                        .bind(3, g.schedule().frequency().name()).bind(4, g.schedule().weekday().getValue())
                        .bind(5, g.schedule().weekOfMonth().orElse(null)).bind(6, Time.valueOf(g.schedule().start()))
                        .bind(7, Time.valueOf(g.schedule().end())).bind(8, g.room().orElse(null)).bind(9, g.open())
                        .bind(10, g.language()).bind(11, Date.valueOf(g.from())).bind(12, here)
                        .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            } else {
                h.createUpdate("UPDATE peergroups.peer_group SET name = ?, pathway_code = ?, kind = ?, frequency = ?,"
                                + " weekday = ?, week_of_month = ?, start_time = ?, end_time = ?, room = ?, open_group = ?,"
                                + " language = ? WHERE id = ?")
                        .bind(0, g.name()).bind(1, g.pathwayCode()).bind(2, g.kind().name())
                        .bind(3, g.schedule().frequency().name()).bind(4, g.schedule().weekday().getValue())
                        .bind(5, g.schedule().weekOfMonth().orElse(null)).bind(6, Time.valueOf(g.schedule().start()))
                        .bind(7, Time.valueOf(g.schedule().end())).bind(8, g.room().orElse(null)).bind(9, g.open())
                        .bind(10, g.language()).bind(11, id).execute();
                h.createUpdate("DELETE FROM peergroups.facilitator WHERE group_id = ?").bind(0, id).execute();
            }
            for (String person : g.facilitators()) {
                h.createUpdate("INSERT INTO peergroups.facilitator (group_id, person_id) VALUES (?, ?)")
                        .bind(0, id).bind(1, person).execute();
            }
            return id;
        });
    }

    /** Archives a group: it meets no more, its coming sessions nobody attended go, its history stays. */
    void archive(long id, java.time.LocalDate today) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE peergroups.peer_group SET archived = TRUE WHERE id = ?").bind(0, id).execute();
            h.createUpdate("DELETE FROM peergroups.session WHERE group_id = ? AND session_day > ? AND NOT EXISTS"
                            + " (SELECT 1 FROM peergroups.attendance a WHERE a.session_id = peergroups.session.id)")
                    .bind(0, id).bind(1, Date.valueOf(today)).execute();
        });
    }

    private static List<Group> withFacilitators(Handle h, List<Group> groups) {
        Map<Long, List<String>> people = new HashMap<>();
        h.createQuery("SELECT group_id, person_id FROM peergroups.facilitator ORDER BY person_id")
                .map((rs, ctx) -> people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return groups.stream().map(g -> new Group(g.id(), g.name(), g.pathwayCode(), g.kind(), g.schedule(), g.room(),
                g.open(), g.language(), g.from(), g.archived(), people.getOrDefault(g.id(), List.of()))).toList();
    }

    static Group group(ResultSet rs, StatementContext ctx) throws SQLException {
        int week = rs.getInt(7);
        Optional<Integer> weekOfMonth = rs.wasNull() ? Optional.empty() : Optional.of(week);
        GroupSchedule schedule = new GroupSchedule(GroupSchedule.Frequency.valueOf(rs.getString(5)),
                DayOfWeek.of(rs.getInt(6)), weekOfMonth, rs.getTime(8).toLocalTime(), rs.getTime(9).toLocalTime());
        return new Group(rs.getLong(1), rs.getString(2), rs.getString(3), KindOfSupport.valueOf(rs.getString(4)), schedule,
                Optional.ofNullable(rs.getString(10)), rs.getBoolean(11), rs.getString(12), rs.getDate(13).toLocalDate(),
                rs.getBoolean(14), List.of());
    }
}
