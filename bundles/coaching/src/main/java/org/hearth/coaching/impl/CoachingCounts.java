package org.hearth.coaching.impl;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Coaching's numbers for the dashboard and funders, never content: members with a current plan (a version agreed
 * within the last quarter as of the period's end), contacts (in total and one measure per way of being in touch),
 * and reviews done on time (a version saved as a review on or before the date the previous version set).
 */
@Component(service = CountSource.class)
public class CoachingCounts implements CountSource {

    static final String PLANS = "coaching.plans.current";
    static final String CONTACTS = "coaching.contacts";
    static final String REVIEWS = "coaching.reviews.on_time";

    private final Jdbi jdbi;

    @Activate
    public CoachingCounts(@Reference CoachingDatabase database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public List<Measure> measures(Locale locale) {
        Texts texts = Texts.load(CoachingCounts.class, CoachingServices.TEXTS, locale);
        List<Measure> measures = new ArrayList<>(List.of(
                new Measure(PLANS, texts.get("count.plans"), Measure.Unit.PEOPLE),
                new Measure(CONTACTS, texts.get("count.contacts"), Measure.Unit.TIMES)));
        for (ContactKind kind : ContactKind.values()) {
            measures.add(new Measure(CONTACTS + "." + kind.name().toLowerCase(Locale.ROOT),
                    texts.get("count.contacts.by", texts.get(kind.key())), Measure.Unit.TIMES));
        }
        measures.add(new Measure(REVIEWS, texts.get("count.reviews"), Measure.Unit.TIMES));
        return measures;
    }

    @Override
    public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period) {
        LocalDate first = period.start(from);
        LocalDate last = period.next(period.start(to)).minusDays(1);
        Map<LocalDate, Long> sums = new TreeMap<>();
        for (LocalDate start = first; !start.isAfter(last); start = period.next(start)) {
            sums.put(start, 0L);
        }
        if (PLANS.equals(measureId)) {
            sums.replaceAll((start, zero) -> currentPlans(period.next(start).minusDays(1)));
        } else if (REVIEWS.equals(measureId)) {
            add(sums, period, "SELECT v.agreed_on FROM coaching.plan_version v JOIN coaching.plan_version p"
                    + " ON p.member_id = v.member_id AND p.version = v.version - 1 WHERE v.review = TRUE"
                    + " AND v.agreed_on <= p.next_review AND v.agreed_on BETWEEN ? AND ?", first, last, null);
        } else if (measureId.startsWith(CONTACTS)) {
            String kind = measureId.equals(CONTACTS) ? null
                    : measureId.substring(CONTACTS.length() + 1).toUpperCase(Locale.ROOT);
            if (kind != null && !Set.of(names()).contains(kind)) {
                return List.of();
            }
            add(sums, period, "SELECT contact_day FROM coaching.contact WHERE contact_day BETWEEN ? AND ?"
                    + (kind == null ? "" : " AND how = ?"), first, last, kind);
        } else {
            return List.of();
        }
        return sums.entrySet().stream().map(e -> Count.of(e.getKey(), e.getValue())).toList();
    }

    private static String[] names() {
        return java.util.Arrays.stream(ContactKind.values()).map(Enum::name).toArray(String[]::new);
    }

    private long currentPlans(LocalDate asOf) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT member_id) FROM coaching.plan_version"
                        + " WHERE agreed_on <= ? AND agreed_on > ?").bind(0, Date.valueOf(asOf))
                .bind(1, Date.valueOf(asOf.minusMonths(Cadence.REVIEW_MONTHS))).mapTo(Long.class).one());
    }

    private void add(Map<LocalDate, Long> sums, Period period, String sql, LocalDate first, LocalDate last,
                     String kind) {
        jdbi.useHandle(h -> {
            var query = h.createQuery(sql).bind(0, Date.valueOf(first)).bind(1, Date.valueOf(last));
            if (kind != null) {
                query.bind(2, kind);
            }
            query.map((rs, ctx) -> sums.merge(period.start(rs.getDate(1).toLocalDate()), 1L, Long::sum)).list();
        });
    }
}
