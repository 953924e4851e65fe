package org.hearth.signin.impl;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearth.api.Centers;
import org.hearth.api.CountScope;
import org.hearth.api.Period;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.LoggerFactory;

/**
 * Counts for reports to funders: visits, unduplicated people, new members and anonymous visits, by day,
 * week or month, and visits by purpose (which includes the four kinds of support). Only numbers leave here.
 * The visit counts of a period that ended before today are kept once made (see V5__counts.sql); the period
 * that includes today, and new members, are always counted afresh. Counted for one center (the visits made there,
 * the members registered there) or for the whole network, people unduplicated within it.
 */
@Component(service = VisitCounts.class, immediate = true)
public class VisitCounts {

    /** The length of a reporting period. Weeks start on Monday. */
    enum Grain {
        DAY(Period.DAY), WEEK(Period.WEEK), MONTH(Period.MONTH);

        private final Period period;

        Grain(Period period) {
            this.period = period;
        }

        static Grain of(Period period) {
            return valueOf(period.name());
        }

        LocalDate start(LocalDate day) {
            return period.start(day);
        }

        /** The start of the period after the one that starts on {@code start}. */
        LocalDate next(LocalDate start) {
            return period.next(start);
        }

        /** The last day of the period that starts on {@code start}. */
        LocalDate end(LocalDate start) {
            return next(start).minusDays(1);
        }

        String textKey() {
            return "counts.grain." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** One period's numbers. {@code people} counts each member once however often they came. */
    record Row(LocalDate start, long visits, long people, long newMembers, long anonymous,
               Map<Purpose, Long> byPurpose) {
    }

    /** A period's numbers but new members. */
    record Visits(long visits, long people, long anonymous, Map<Purpose, Long> byPurpose) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final String here;
    private final RecentCounts recent = new RecentCounts();

    @Activate
    public VisitCounts(@Reference SignInDatabase database, @Reference Clock clock, @Reference Centers centers) {
        this(database, clock, centers.here().id());
    }

    /** For tests: counts at the default center, on a single kiosk. */
    public VisitCounts(SignInDatabase database, Clock clock) {
        this(database, clock, VisitBook.DEFAULT_CENTER);
    }

    VisitCounts(SignInDatabase database, Clock clock, String here) {
        this.jdbi = database.jdbi();
        this.clock = clock;
        this.here = here;
        adoptRowsOfNoCenter();
    }

    /** Visits, purposes and members recorded before centers existed were the one center's: this kiosk's. */
    private void adoptRowsOfNoCenter() {
        jdbi.useTransaction(h -> {
            int adopted = 0;
            for (String table : new String[] {"visit", "visit_purpose", "member"}) {
                adopted += h.createUpdate("UPDATE signin." + table + " SET center_id = ? WHERE center_id IS NULL")
                        .bind(0, here).execute();
            }
            if (adopted > 0) {
                forgetClosedPeriods(h);
                LoggerFactory.getLogger(VisitCounts.class).info("{} sign-in rows from before centers are now center {}'s",
                        adopted, here);
            }
        });
    }

    /** This center's scope. */
    CountScope here() {
        return CountScope.of(here);
    }

    /**
     * Forgets the kept counts, in the transaction that changes who made past visits, before changing them: see
     * {@link #closedPeriods} for why before. Anything that ever deletes visits calls this in its transaction too: no
     * trigger does it, as Derby and PostgreSQL share no trigger syntax (databases made before 1.1 still have one).
     */
    static void forgetClosedPeriods(Handle h) {
        changed();
        h.afterCommit(VisitCounts::changed);
        h.execute("DELETE FROM signin.kept_count");
    }

    /**
     * The numbers for every period that overlaps {@code from}..{@code to} (both included), oldest first. A period
     * that begins before {@code from} or ends after {@code to} counts only its days within the range.
     */
    List<Row> count(Grain grain, LocalDate from, LocalDate to) {
        return count(grain, from, to, here());
    }

    /** {@link #count(Grain, LocalDate, LocalDate)} for a center or the network. */
    List<Row> count(Grain grain, LocalDate from, LocalDate to, CountScope scope) {
        return recent.get(new RecentCounts.Key(grain, from, to, scope, LocalDate.now(clock)),
                () -> countNow(grain, from, to, scope));
    }

    /**
     * Tells the counts that what they count changed on this kiosk (a visit recorded, a member registered, past visits
     * changed), after the change is committed: counts remembered before it are not used again.
     */
    static void changed() {
        RecentCounts.changed();
    }

    private List<Row> countNow(Grain grain, LocalDate from, LocalDate to, CountScope scope) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = grain.start(from); !start.isAfter(to); start = grain.next(start)) {
            starts.add(start);
        }
        LocalDate today = LocalDate.now(clock);
        Map<LocalDate, Visits> kept = closedPeriods(scope, grain, starts.stream()
                .filter(start -> wholeAndClosed(grain, start, from, to, today)).toList());
        return jdbi.withHandle(h -> {
            Map<LocalDate, Long> newMembers = newMembers(h, scope, grain, from, to);
            List<Row> rows = new ArrayList<>();
            for (LocalDate start : starts) {
                Visits v = kept.containsKey(start) ? kept.get(start)
                        : visits(h, scope, latest(start, from), earliest(grain.end(start), to));
                rows.add(new Row(start, v.visits(), v.people(), newMembers.getOrDefault(start, 0L), v.anonymous(),
                        v.byPurpose()));
            }
            return rows;
        });
    }

    /** Whether the period lies wholly within {@code from}..{@code to} and ended before today: then it is kept. */
    private static boolean wholeAndClosed(Grain grain, LocalDate start, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = grain.end(start);
        return !start.isBefore(from) && !end.isAfter(to) && end.isBefore(today);
    }

    /** The counts of whole periods that ended before today: kept ones, and the others counted now and kept. */
    private Map<LocalDate, Visits> closedPeriods(CountScope scope, Grain grain, List<LocalDate> starts) {
        if (starts.isEmpty()) {
            return Map.of();
        }
        return jdbi.inTransaction(h -> {
            // A change to past visits forgets the kept counts before it touches any visit, so it and this take
            // turns: counts kept here never predate a change that has already forgotten them, and two reports
            // never keep the same period twice. Signing in never touches the kept counts, so it never waits.
            h.execute("LOCK TABLE signin.kept_count IN EXCLUSIVE MODE");
            String key = scope.center().orElse(KeptCounts.NETWORK);
            Map<LocalDate, Visits> counts = KeptCounts.read(h, key, grain, starts.get(0), starts.get(starts.size() - 1));
            for (LocalDate start : starts) {
                if (!counts.containsKey(start)) {
                    Visits visits = visits(h, scope, start, grain.end(start));
                    KeptCounts.keep(h, key, grain, start, visits);
                    counts.put(start, visits);
                }
            }
            return counts;
        });
    }

    /** The visits, people and purposes of {@code first}..{@code last}, counted now. */
    private static Visits visits(Handle h, CountScope scope, LocalDate first, LocalDate last) {
        Map<Purpose, Long> byPurpose = new EnumMap<>(Purpose.class);
        bound(h.createQuery("SELECT purpose, COUNT(*) FROM signin.visit_purpose WHERE " + within(scope)
                        + " visit_day BETWEEN ? AND ? GROUP BY purpose"), scope,
                        Date.valueOf(first), Date.valueOf(last))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> Purpose.parse(e.getKey()).ifPresent(p -> byPurpose.put(p, e.getValue())));
        return bound(h.createQuery("SELECT COUNT(*), COUNT(person_id), COUNT(DISTINCT person_id) FROM signin.visit"
                        + " WHERE " + within(scope) + " visit_day BETWEEN ? AND ?"), scope,
                        Date.valueOf(first), Date.valueOf(last))
                .map((rs, ctx) -> new Visits(rs.getLong(1), rs.getLong(3), rs.getLong(1) - rs.getLong(2), byPurpose))
                .one();
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

    /** The start of a WHERE clause that keeps one center's rows (its first parameter the center), or nothing. */
    private static String within(CountScope scope) {
        return scope.network() ? "" : "center_id = ? AND";
    }

    /** New members by the start of the period they registered in. */
    private static Map<LocalDate, Long> newMembers(Handle h, CountScope scope, Grain grain, LocalDate from,
                                                   LocalDate to) {
        Map<LocalDate, Long> byPeriod = new HashMap<>();
        bound(h.createQuery("SELECT registered_day, COUNT(*) FROM signin.member WHERE " + within(scope)
                        + " registered_day BETWEEN ? AND ? GROUP BY registered_day"), scope,
                        Date.valueOf(from), Date.valueOf(to))
                .map((rs, ctx) -> Map.entry(rs.getDate(1).toLocalDate(), rs.getLong(2)))
                .forEach(e -> byPeriod.merge(grain.start(e.getKey()), e.getValue(), Long::sum));
        return byPeriod;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
