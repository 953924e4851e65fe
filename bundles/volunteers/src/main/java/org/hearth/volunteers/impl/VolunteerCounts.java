package org.hearth.volunteers.impl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hearth.api.Count;
import org.hearth.api.CountScope;
import org.hearth.api.CountSource;
import org.hearth.api.Measure;
import org.hearth.api.Period;
import org.hearth.api.Texts;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The volunteers' numbers for the coordinators' dashboard and the funder report: approved volunteer hours, the
 * volunteers who gave them (unduplicated in each period), and stipends accrued and paid, in exact cents. Counted for
 * one center (the hours worked there, the stipend entries made there) or for the whole network, a volunteer who gave
 * hours at two centers being one person in the network's figures.
 */
@Component(service = CountSource.class)
public class VolunteerCounts implements CountSource {

    static final String HOURS = "volunteers.hours";
    static final String PEOPLE = "volunteers.people";
    static final String ACCRUED = "volunteers.stipends.accrued";
    static final String PAID = "volunteers.stipends.paid";

    private final Jdbi jdbi;

    @Activate
    public VolunteerCounts(@Reference VolunteersDatabase database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public List<Measure> measures(Locale locale) {
        Texts texts = Texts.load(VolunteerCounts.class, VolunteersModule.TEXTS, locale);
        return List.of(new Measure(HOURS, texts.get("count.hours"), Measure.Unit.HOURS),
                new Measure(PEOPLE, texts.get("count.people"), Measure.Unit.PEOPLE),
                new Measure(ACCRUED, texts.get("count.accrued"), Measure.Unit.MONEY),
                new Measure(PAID, texts.get("count.paid"), Measure.Unit.MONEY));
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
        LocalDate first = period.start(from);
        LocalDate last = period.next(period.start(to)).minusDays(1);
        return switch (measureId) {
            case HOURS, PEOPLE -> hours(measureId.equals(HOURS), scope, first, last, period);
            case ACCRUED -> money("ACCRUAL', 'ADJUSTMENT", scope, first, last, period);
            case PAID -> money("PAYMENT", scope, first, last, period);
            default -> List.of();
        };
    }

    private List<Count> hours(boolean minutes, CountScope scope, LocalDate first, LocalDate last, Period period) {
        Map<LocalDate, Long> total = new TreeMap<>();
        Map<LocalDate, Set<String>> people = new HashMap<>();
        jdbi.useHandle(h -> bound(h.createQuery("SELECT checked_in, minutes, person_id FROM volunteers.time_entry"
                        + " WHERE " + within(scope) + " approved_at IS NOT NULL AND checked_in >= ? AND checked_in < ?"),
                        scope, Timestamp.valueOf(first.atStartOfDay()), Timestamp.valueOf(last.plusDays(1).atStartOfDay()))
                .map((rs, ctx) -> {
                    LocalDate start = period.start(rs.getTimestamp(1).toLocalDateTime().toLocalDate());
                    total.merge(start, (long) rs.getInt(2), Long::sum);
                    String person = rs.getString(3);
                    people.computeIfAbsent(start, s -> new HashSet<>()).add(person == null ? "gone:" + rs.getRow() : person);
                    return 0;
                }).list());
        List<Count> counts = new ArrayList<>();
        total.forEach((start, sum) -> counts.add(minutes
                ? new Count(start, java.util.Optional.empty(), BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(60), 2,
                        RoundingMode.HALF_UP))
                : Count.of(start, people.get(start).size())));
        return counts;
    }

    private List<Count> money(String kinds, CountScope scope, LocalDate first, LocalDate last, Period period) {
        Map<LocalDate, Long> cents = new TreeMap<>();
        jdbi.useHandle(h -> bound(h.createQuery("SELECT entry_day, amount_cents FROM volunteers.stipend_entry WHERE "
                        + within(scope) + " entry_kind IN ('" + kinds + "') AND entry_day BETWEEN ? AND ?"), scope,
                        java.sql.Date.valueOf(first), java.sql.Date.valueOf(last))
                .map((rs, ctx) -> cents.merge(period.start(rs.getDate(1).toLocalDate()), rs.getLong(2), Long::sum)).list());
        List<Count> counts = new ArrayList<>();
        cents.forEach((start, sum) -> counts.add(new Count(start, java.util.Optional.empty(),
                BigDecimal.valueOf(sum, 2))));
        return counts;
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
}
