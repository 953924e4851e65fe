package org.hearth.events.impl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hearth.api.Count;
import org.hearth.api.CountScope;
import org.hearth.api.CountSource;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Measure;
import org.hearth.api.Period;
import org.hearth.api.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The calendar's numbers for the coordinators' dashboard and the funder report: events held and their
 * attendance, in total and by kind of support. Cancelled and future dates are not counted. Counted for one center
 * (its events) or for the whole network.
 */
@Component(service = CountSource.class)
public class EventCounts implements CountSource {

    static final String HELD = "events.held";
    static final String ATTENDANCE = "events.attendance";

    private final Schedule schedule;
    private final AttendanceBook attendance;

    @Activate
    public EventCounts(@Reference Schedule schedule, @Reference AttendanceBook attendance) {
        this.schedule = schedule;
        this.attendance = attendance;
    }

    @Override
    public List<Measure> measures(Locale locale) {
        Texts texts = Texts.load(EventCounts.class, EventsModule.TEXTS, locale);
        return List.of(new Measure(HELD, texts.get("report.held"), Measure.Unit.TIMES),
                new Measure(ATTENDANCE, texts.get("report.attendance"), Measure.Unit.TIMES));
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
        if (!HELD.equals(measureId) && !ATTENDANCE.equals(measureId)) {
            return List.of();
        }
        LocalDate first = period.start(from);
        LocalDate last = period.next(period.start(to)).minusDays(1);
        Map<OccurrenceKey, AttendanceBook.Count> came = attendance.counts(first.minusDays(EventRules.MAX_SHIFT_DAYS),
                last.plusDays(EventRules.MAX_SHIFT_DAYS));
        Map<LocalDate, long[]> totals = new TreeMap<>();
        Map<LocalDate, Map<KindOfSupport, Long>> byKind = new TreeMap<>();
        for (LocalDate start = first; !start.isAfter(last); start = period.next(start)) {
            totals.put(start, new long[1]);
            byKind.put(start, new java.util.EnumMap<>(KindOfSupport.class));
        }
        java.time.Instant now = schedule.clock().instant();
        for (Occurrence o : schedule.between(first, last, scope)) {
            if (o.cancelled() || o.start().toInstant().isAfter(now)) {
                continue;
            }
            LocalDate start = period.start(o.start().toLocalDate());
            if (!totals.containsKey(start)) {
                continue;
            }
            long value = HELD.equals(measureId) ? 1 : came.getOrDefault(o.key(), AttendanceBook.Count.NONE).total();
            totals.get(start)[0] += value;
            byKind.get(start).merge(o.kind(), value, Long::sum);
        }
        List<Count> counts = new ArrayList<>();
        totals.forEach((start, total) -> {
            counts.add(Count.of(start, total[0]));
            byKind.get(start).forEach((kind, n) -> counts.add(new Count(start, Optional.of(kind), BigDecimal.valueOf(n))));
        });
        return counts;
    }
}
