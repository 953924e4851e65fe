package org.hearth.groups.impl;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hearth.api.Count;
import org.hearth.api.CountScope;
import org.hearth.api.CountSource;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Measure;
import org.hearth.api.Period;
import org.hearth.api.Texts;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The groups' numbers for the dashboard and the funder report, in total and by kind of support: sessions held
 * (started, or with anyone recorded; called-off ones never), attendance (each session's unduplicated total), and
 * different people named at any session of the period (people who gave no name cannot be told apart, so they are
 * in attendance only). Counted for one center (its groups) or for the whole network, people unduplicated within it.
 */
@Component(service = CountSource.class)
public class GroupCounts implements CountSource {

    static final String SESSIONS = "groups.sessions";
    static final String ATTENDANCE = "groups.attendance";
    static final String PEOPLE = "groups.people";

    private final Jdbi jdbi;

    /** Counts once the book has given groups from before centers to this center, so that center's counts have them. */
    @Activate
    public GroupCounts(@Reference GroupsDatabase database, @Reference GroupBook adopted) {
        this(database);
    }

    /** For tests. */
    public GroupCounts(GroupsDatabase database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public List<Measure> measures(Locale locale) {
        Texts texts = Texts.load(GroupCounts.class, GroupsModule.TEXTS, locale);
        return List.of(new Measure(SESSIONS, texts.get("count.sessions"), Measure.Unit.TIMES),
                new Measure(ATTENDANCE, texts.get("count.attendance"), Measure.Unit.TIMES),
                new Measure(PEOPLE, texts.get("count.people"), Measure.Unit.PEOPLE));
    }

    @Override
    public boolean countsByCenter() {
        return true;
    }

    @Override
    public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period) {
        return count(measureId, from, to, period, CountScope.NETWORK);
    }

    @Override
    public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period, CountScope scope) {
        if (!List.of(SESSIONS, ATTENDANCE, PEOPLE).contains(measureId)) {
            return List.of();
        }
        LocalDate first = period.start(from);
        LocalDate last = period.next(period.start(to)).minusDays(1);
        if (PEOPLE.equals(measureId)) {
            return people(first, last, period, scope);
        }
        Map<LocalDate, Map<Optional<KindOfSupport>, Long>> sums = new TreeMap<>();
        jdbi.useHandle(h -> bound(h.createQuery("SELECT s.session_day, g.kind, s.anonymous, s.headcount, s.started_at,"
                        + " (SELECT COUNT(*) FROM peergroups.attendance a WHERE a.session_id = s.id), s.id"
                        + " FROM peergroups.session s JOIN peergroups.peer_group g ON g.id = s.group_id"
                        + " WHERE " + within(scope) + " s.cancelled = FALSE AND s.session_day BETWEEN ? AND ?"), scope,
                        Date.valueOf(first), Date.valueOf(last))
                .map((rs, ctx) -> {
                    int headcount = rs.getInt(4);
                    int named = rs.getInt(6);
                    int total = Math.max(rs.wasNull() ? 0 : headcount, named + rs.getInt(3));
                    boolean held = rs.getTimestamp(5) != null || total > 0;
                    LocalDate start = period.start(rs.getDate(1).toLocalDate());
                    KindOfSupport kind = KindOfSupport.valueOf(rs.getString(2));
                    long value = SESSIONS.equals(measureId) ? (held ? 1 : 0) : total;
                    if (held) {
                        add(sums, start, kind, value);
                    }
                    return 0;
                }).list());
        List<Count> counts = new ArrayList<>();
        sums.forEach((start, byKind) -> byKind.forEach((kind, n) -> counts.add(new Count(start, kind,
                BigDecimal.valueOf(n)))));
        return counts;
    }

    private static void add(Map<LocalDate, Map<Optional<KindOfSupport>, Long>> sums, LocalDate start, KindOfSupport kind,
                            long value) {
        Map<Optional<KindOfSupport>, Long> byKind = sums.computeIfAbsent(start, s -> new java.util.LinkedHashMap<>());
        byKind.merge(Optional.empty(), value, Long::sum);
        byKind.merge(Optional.of(kind), value, Long::sum);
    }

    private List<Count> people(LocalDate first, LocalDate last, Period period, CountScope scope) {
        Map<LocalDate, Set<String>> all = new TreeMap<>();
        Map<LocalDate, Map<KindOfSupport, Set<String>>> byKind = new HashMap<>();
        jdbi.useHandle(h -> bound(h.createQuery("SELECT s.session_day, g.kind, a.person_id FROM peergroups.attendance a"
                        + " JOIN peergroups.session s ON s.id = a.session_id JOIN peergroups.peer_group g ON g.id = s.group_id"
                        + " WHERE " + within(scope) + " s.cancelled = FALSE AND s.session_day BETWEEN ? AND ?"), scope,
                        Date.valueOf(first), Date.valueOf(last))
                .map((rs, ctx) -> {
                    LocalDate start = period.start(rs.getDate(1).toLocalDate());
                    all.computeIfAbsent(start, s -> new HashSet<>()).add(rs.getString(3));
                    return byKind.computeIfAbsent(start, s -> new EnumMap<>(KindOfSupport.class))
                            .computeIfAbsent(KindOfSupport.valueOf(rs.getString(2)), k -> new HashSet<>())
                            .add(rs.getString(3));
                }).list());
        List<Count> counts = new ArrayList<>();
        all.forEach((start, ids) -> {
            counts.add(Count.of(start, ids.size()));
            byKind.get(start).forEach((kind, ids2) -> counts.add(new Count(start, Optional.of(kind),
                    BigDecimal.valueOf(ids2.size()))));
        });
        return counts;
    }

    /** The start of a WHERE clause that keeps one center's groups (its first parameter the center), or nothing. */
    private static String within(CountScope scope) {
        return scope.network() ? "" : "g.center_id = ? AND";
    }

    /** The query with the scope's center (if any) bound first, then {@code values}. */
    private static Query bound(Query query, CountScope scope, Object... values) {
        int index = 0;
        if (scope.center().isPresent()) {
            query.bind(index++, scope.center().get());
        }
        for (Object value : values) {
            query.bind(index++, value);
        }
        return query;
    }
}
