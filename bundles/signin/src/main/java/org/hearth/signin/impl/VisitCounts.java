package org.hearth.signin.impl;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Counts for reports to funders: visits, unduplicated people, new members and anonymous visits, by day,
 * week or month, and visits by purpose (which includes the four kinds of support). Only numbers leave here.
 */
@Component(service = VisitCounts.class, immediate = true)
public class VisitCounts {

    /** The length of a reporting period. Weeks start on Monday. */
    enum Grain {
        DAY, WEEK, MONTH;

        LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        String textKey() {
            return "counts.grain." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** One period's numbers. {@code people} counts each member once however often they came. */
    record Row(LocalDate start, long visits, long people, long newMembers, long anonymous,
               Map<Purpose, Long> byPurpose) {
    }

    private final Jdbi jdbi;

    @Activate
    public VisitCounts(@Reference SignInDatabase database) {
        this.jdbi = database.jdbi();
    }

    /** The numbers for every period that overlaps {@code from}..{@code to} (both included), oldest first. */
    List<Row> count(Grain grain, LocalDate from, LocalDate to) {
        Map<LocalDate, Tally> tallies = new TreeMap<>();
        for (LocalDate start = grain.start(from); !start.isAfter(to); start = next(grain, start)) {
            tallies.put(start, new Tally());
        }
        Date first = Date.valueOf(from);
        Date last = Date.valueOf(to);
        jdbi.useHandle(h -> {
            h.createQuery("SELECT visit_day, person_id FROM signin.visit WHERE visit_day BETWEEN ? AND ?")
                    .bind(0, first).bind(1, last)
                    .map((rs, ctx) -> new Object[] {rs.getDate(1).toLocalDate(), rs.getString(2)})
                    .forEach(r -> tallies.get(grain.start((LocalDate) r[0])).visit((String) r[1]));
            h.createQuery("SELECT v.visit_day, p.purpose FROM signin.visit v JOIN signin.visit_purpose p"
                            + " ON p.visit_id = v.id WHERE v.visit_day BETWEEN ? AND ?")
                    .bind(0, first).bind(1, last)
                    .map((rs, ctx) -> new Object[] {rs.getDate(1).toLocalDate(), rs.getString(2)})
                    .forEach(r -> Purpose.parse((String) r[1]).ifPresent(
                            p -> tallies.get(grain.start((LocalDate) r[0])).byPurpose.merge(p, 1L, Long::sum)));
            h.createQuery("SELECT registered_day FROM signin.member WHERE registered_day BETWEEN ? AND ?")
                    .bind(0, first).bind(1, last)
                    .map((rs, ctx) -> rs.getDate(1).toLocalDate())
                    .forEach(day -> tallies.get(grain.start(day)).newMembers++);
        });
        List<Row> rows = new ArrayList<>();
        tallies.forEach((start, t) -> rows.add(new Row(start, t.visits, t.people.size(), t.newMembers, t.anonymous,
                t.byPurpose)));
        return rows;
    }

    private static LocalDate next(Grain grain, LocalDate start) {
        return switch (grain) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    private static final class Tally {
        long visits;
        long anonymous;
        long newMembers;
        final Set<String> people = new HashSet<>();
        final Map<Purpose, Long> byPurpose = new EnumMap<>(Purpose.class);

        void visit(String personId) {
            visits++;
            if (personId == null) {
                anonymous++;
            } else {
                people.add(personId);
            }
        }
    }
}
