package org.hearth.events.impl;

import org.hearth.api.Suppression;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.api.KindOfSupport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Counts for funders, by month: events held (occurrences that took place, not cancelled), attendance, and both
 * by kind of support. The screen shows real numbers; {@link #csv} suppresses counts of 1 to 10.
 */
@Component(service = Reports.class, immediate = true)
public class Reports {

    /** One month's counts. */
    record Row(YearMonth month, int held, int attendance, Map<KindOfSupport, Integer> heldByKind,
               Map<KindOfSupport, Integer> attendanceByKind) {
    }

    static final int MAX_MONTHS = 12;

    private final Schedule schedule;
    private final AttendanceBook attendance;

    @Activate
    public Reports(@Reference Schedule schedule, @Reference AttendanceBook attendance) {
        this.schedule = schedule;
        this.attendance = attendance;
    }

    /** The last {@code months} months up to this one (at most {@value #MAX_MONTHS}), oldest first. */
    public List<Row> lastMonths(int months) {
        YearMonth to = YearMonth.now(schedule.clock());
        YearMonth from = to.minusMonths(Math.max(1, Math.min(MAX_MONTHS, months)) - 1L);
        return rows(from, to, schedule.clock().instant());
    }

    List<Row> rows(YearMonth from, YearMonth to, Instant now) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        Map<OccurrenceKey, AttendanceBook.Count> counts = attendance.counts(first.minusDays(EventRules.MAX_SHIFT_DAYS),
                last.plusDays(EventRules.MAX_SHIFT_DAYS));
        Map<YearMonth, Row> rows = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            rows.put(m, new Row(m, 0, 0, new EnumMap<>(KindOfSupport.class), new EnumMap<>(KindOfSupport.class)));
        }
        for (Occurrence o : schedule.between(first, last)) {
            if (o.cancelled() || o.start().toInstant().isAfter(now)) {
                continue;
            }
            Row row = rows.get(YearMonth.from(o.start()));
            int came = counts.getOrDefault(o.key(), AttendanceBook.Count.NONE).total();
            row.heldByKind().merge(o.kind(), 1, Integer::sum);
            row.attendanceByKind().merge(o.kind(), came, Integer::sum);
            rows.put(row.month(), new Row(row.month(), row.held() + 1, row.attendance() + came, row.heldByKind(),
                    row.attendanceByKind()));
        }
        return new ArrayList<>(rows.values());
    }

    /** The rows as CSV for funders, with counts of 1 to 10 suppressed; {@code headings} already translated. */
    static String csv(List<Row> rows, List<String> headings) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", headings.stream().map(Reports::quoted).toList())).append("\r\n");
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.month().toString(), Suppression.exported(row.held()),
                    Suppression.exported(row.attendance())));
            for (KindOfSupport kind : KindOfSupport.values()) {
                cells.add(Suppression.exported(row.heldByKind().getOrDefault(kind, 0)));
                cells.add(Suppression.exported(row.attendanceByKind().getOrDefault(kind, 0)));
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString();
    }

    /** The translation keys of the columns, in order. */
    static List<String> headingKeys() {
        List<String> keys = new ArrayList<>(List.of("report.month", "report.held", "report.attendance"));
        for (KindOfSupport kind : KindOfSupport.values()) {
            keys.add("report.held." + kind.name().toLowerCase(java.util.Locale.ROOT));
            keys.add("report.attendance." + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        return keys;
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
