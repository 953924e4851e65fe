package org.hearth.console.impl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hearth.api.Count;
import org.hearth.api.CountSource;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Measure;
import org.hearth.api.Period;

/**
 * A count source whose numbers the test writes by day (and kind of support): sums them by period as a feature would.
 * People are written by the first day of a month and counted by month only, as different people cannot be added up.
 */
final class FakeCounts implements CountSource {

    private record Entry(String measureId, LocalDate day, Optional<KindOfSupport> kind, BigDecimal value) {
    }

    private final List<Measure> measures;
    private final List<Entry> entries = new ArrayList<>();

    FakeCounts(Measure... measures) {
        this.measures = List.of(measures);
    }

    /** The usual measures: visits, people, attendance by kind, volunteer hours and stipends paid. */
    static FakeCounts usual() {
        return new FakeCounts(new Measure("signin.visits", "Visits", Measure.Unit.TIMES),
                new Measure("signin.people", "Different people", Measure.Unit.PEOPLE),
                new Measure("groups.attendance", "Group attendance", Measure.Unit.TIMES),
                new Measure("volunteers.hours", "Volunteer hours", Measure.Unit.HOURS),
                new Measure("volunteers.paid", "Stipends paid", Measure.Unit.MONEY));
    }

    FakeCounts add(String measureId, LocalDate day, String value) {
        entries.add(new Entry(measureId, day, Optional.empty(), new BigDecimal(value)));
        return this;
    }

    /** A number for one kind, added to the total as well. */
    FakeCounts add(String measureId, LocalDate day, KindOfSupport kind, String value) {
        entries.add(new Entry(measureId, day, Optional.of(kind), new BigDecimal(value)));
        return add(measureId, day, value);
    }

    @Override
    public List<Measure> measures(Locale locale) {
        return measures.stream().map(m -> new Measure(m.id(), "es".equals(locale.getLanguage()) ? m.title() + " (es)"
                : m.title(), m.unit())).toList();
    }

    @Override
    public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period) {
        LocalDate last = period.next(period.start(to)).minusDays(1);
        Map<LocalDate, Map<Optional<KindOfSupport>, BigDecimal>> sums = new TreeMap<>();
        for (Entry e : entries) {
            if (e.measureId().equals(measureId) && !e.day().isBefore(period.start(from)) && !e.day().isAfter(last)) {
                sums.computeIfAbsent(period.start(e.day()), d -> new java.util.LinkedHashMap<>())
                        .merge(e.kind(), e.value(), BigDecimal::add);
            }
        }
        List<Count> counts = new ArrayList<>();
        sums.forEach((start, byKind) -> byKind.forEach((kind, value) -> counts.add(new Count(start, kind, value))));
        return counts;
    }
}
