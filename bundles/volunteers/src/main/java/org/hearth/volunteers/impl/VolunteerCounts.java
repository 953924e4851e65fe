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
import org.hearth.api.CountSource;
import org.hearth.api.Measure;
import org.hearth.api.Period;
import org.hearth.api.Texts;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The volunteers' numbers for the coordinators' dashboard and the funder report: approved volunteer hours, the
 * volunteers who gave them (unduplicated in each period), and stipends accrued and paid, in exact cents.
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
    public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period) {
        LocalDate first = period.start(from);
        LocalDate last = period.next(period.start(to)).minusDays(1);
        return switch (measureId) {
            case HOURS, PEOPLE -> hours(measureId.equals(HOURS), first, last, period);
            case ACCRUED -> money("ACCRUAL', 'ADJUSTMENT", first, last, period);
            case PAID -> money("PAYMENT", first, last, period);
            default -> List.of();
        };
    }

    private List<Count> hours(boolean minutes, LocalDate first, LocalDate last, Period period) {
        Map<LocalDate, Long> total = new TreeMap<>();
        Map<LocalDate, Set<String>> people = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT checked_in, minutes, person_id FROM volunteers.time_entry"
                        + " WHERE approved_at IS NOT NULL AND checked_in >= ? AND checked_in < ?")
                .bind(0, Timestamp.valueOf(first.atStartOfDay())).bind(1, Timestamp.valueOf(last.plusDays(1).atStartOfDay()))
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

    private List<Count> money(String kinds, LocalDate first, LocalDate last, Period period) {
        Map<LocalDate, Long> cents = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT entry_day, amount_cents FROM volunteers.stipend_entry WHERE entry_kind"
                        + " IN ('" + kinds + "') AND entry_day BETWEEN ? AND ?")
                .bind(0, java.sql.Date.valueOf(first)).bind(1, java.sql.Date.valueOf(last))
                .map((rs, ctx) -> cents.merge(period.start(rs.getDate(1).toLocalDate()), rs.getLong(2), Long::sum)).list());
        List<Count> counts = new ArrayList<>();
        cents.forEach((start, sum) -> counts.add(new Count(start, java.util.Optional.empty(),
                BigDecimal.valueOf(sum, 2))));
        return counts;
    }
}
