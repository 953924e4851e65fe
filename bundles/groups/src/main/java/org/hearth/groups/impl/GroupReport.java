package org.hearth.groups.impl;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The coordinator's report for some days, by group of this center (and so by pathway and kind): sessions held,
 * attendance (each session's total, everyone once) and different people named. Real numbers, for the coordinator's
 * own screen; anything exported goes through the platform's count board, which suppresses small counts.
 */
@Component(service = GroupReport.class, immediate = true)
public class GroupReport {

    /** One group's figures. */
    record Line(long groupId, int sessions, int attendance, int people) {
    }

    private final Jdbi jdbi;
    private final String here;

    @Activate
    public GroupReport(@Reference GroupsDatabase database, @Reference GroupBook groups) {
        this(database, groups.center());
    }

    /** For tests: the report of a single kiosk at the default center. */
    public GroupReport(GroupsDatabase database) {
        this(database, GroupBook.DEFAULT_CENTER);
    }

    GroupReport(GroupsDatabase database, String here) {
        this.jdbi = database.jdbi();
        this.here = here;
    }

    /** The figures of every group of this center that met between {@code from} and {@code to}, by group id. */
    Map<Long, Line> between(LocalDate from, LocalDate to) {
        Map<Long, int[]> sums = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT s.group_id, s.anonymous, s.headcount, s.started_at, (SELECT COUNT(*)"
                        + " FROM peergroups.attendance a WHERE a.session_id = s.id) FROM peergroups.session s"
                        + " JOIN peergroups.peer_group g ON g.id = s.group_id WHERE g.center_id = ?"
                        + " AND s.cancelled = FALSE AND s.session_day BETWEEN ? AND ? ORDER BY s.group_id")
                .bind(0, here).bind(1, Date.valueOf(from)).bind(2, Date.valueOf(to))
                .map((rs, ctx) -> {
                    int headcount = rs.getInt(3);
                    boolean counted = !rs.wasNull();
                    int total = Math.max(counted ? headcount : 0, rs.getInt(5) + rs.getInt(2));
                    if (rs.getTimestamp(4) != null || total > 0) {
                        int[] sum = sums.computeIfAbsent(rs.getLong(1), g -> new int[2]);
                        sum[0]++;
                        sum[1] += total;
                    }
                    return 0;
                }).list());
        Map<Long, Set<String>> people = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT s.group_id, a.person_id FROM peergroups.attendance a JOIN"
                        + " peergroups.session s ON s.id = a.session_id JOIN peergroups.peer_group g ON g.id = s.group_id"
                        + " WHERE g.center_id = ? AND s.cancelled = FALSE AND s.session_day BETWEEN ? AND ?")
                .bind(0, here).bind(1, Date.valueOf(from)).bind(2, Date.valueOf(to))
                .map((rs, ctx) -> people.computeIfAbsent(rs.getLong(1), g -> new HashSet<>()).add(rs.getString(2)))
                .list());
        Map<Long, Line> lines = new LinkedHashMap<>();
        sums.forEach((group, sum) -> lines.put(group, new Line(group, sum[0], sum[1],
                people.getOrDefault(group, Set.of()).size())));
        return lines;
    }

    /** Different people named at any of the given groups' sessions between the days (a pathway's people). */
    int people(List<Long> groupIds, LocalDate from, LocalDate to) {
        if (groupIds.isEmpty()) {
            return 0;
        }
        String ids = String.join(",", groupIds.stream().map(String::valueOf).toList());
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT a.person_id) FROM peergroups.attendance a"
                        + " JOIN peergroups.session s ON s.id = a.session_id WHERE s.cancelled = FALSE"
                        + " AND s.session_day BETWEEN ? AND ? AND s.group_id IN (" + ids + ")")
                .bind(0, Date.valueOf(from)).bind(1, Date.valueOf(to)).mapTo(Integer.class).one());
    }
}
