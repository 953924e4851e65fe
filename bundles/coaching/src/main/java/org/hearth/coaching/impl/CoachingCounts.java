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
import org.hearth.api.CountScope;
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
 * and reviews done on time (a version saved as a review on or before the date the previous version set). Counted for
 * one center (the versions agreed and contacts made there) or for the network, a member whose plan was agreed at two
 * centers being one person in the network's figures.
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
    public boolean countsByCenter() {
        return true;
    }

    @Override
    public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period) {
        return count(measureId, from, to, period, CountScope.NETWORK);
    }

    @Override
    public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period, CountScope scope) {
        String within = scope.center().isPresent() ? " AND center_id = ?" : "";
        String center = scope.center().orElse(null);
        LocalDate first = period.start(from);
        LocalDate last = period.next(period.start(to)).minusDays(1);
        Map<LocalDate, Long> sums = new TreeMap<>();
        for (LocalDate start = first; !start.isAfter(last); start = period.next(start)) {
            sums.put(start, 0L);
        }
        if (PLANS.equals(measureId)) {
            sums.replaceAll((start, zero) -> currentPlans(period.next(start).minusDays(1), within, center));
        } else if (REVIEWS.equals(measureId)) {
            add(sums, period, "SELECT v.agreed_on FROM coaching.plan_version v JOIN coaching.plan_version p"
                    + " ON p.member_id = v.member_id AND p.version = v.version - 1 WHERE v.review = TRUE"
                    + " AND v.agreed_on <= p.next_review AND v.agreed_on BETWEEN ? AND ?" + (center == null ? ""
                    : " AND v.center_id = ?"), first, last, center);
        } else if (measureId.startsWith(CONTACTS)) {
            String kind = measureId.equals(CONTACTS) ? null
                    : measureId.substring(CONTACTS.length() + 1).toUpperCase(Locale.ROOT);
            if (kind != null && !Set.of(names()).contains(kind)) {
                return List.of();
            }
            add(sums, period, "SELECT contact_day FROM coaching.contact WHERE contact_day BETWEEN ? AND ?"
                    + (kind == null ? "" : " AND how = ?") + within, first, last, kind, center);
        } else {
            return List.of();
        }
        return sums.entrySet().stream().map(e -> Count.of(e.getKey(), e.getValue())).toList();
    }

    private static String[] names() {
        return java.util.Arrays.stream(ContactKind.values()).map(Enum::name).toArray(String[]::new);
    }

    private long currentPlans(LocalDate asOf, String within, String center) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT COUNT(DISTINCT member_id) FROM coaching.plan_version"
                            + " WHERE agreed_on <= ? AND agreed_on > ?" + within).bind(0, Date.valueOf(asOf))
                    .bind(1, Date.valueOf(asOf.minusMonths(Cadence.REVIEW_MONTHS)));
            if (center != null) {
                query.bind(2, center);
            }
            return query.mapTo(Long.class).one();
        });
    }

    /** Adds one to its period for each day the query finds; {@code extra} are bound after the two days, when given. */
    private void add(Map<LocalDate, Long> sums, Period period, String sql, LocalDate first, LocalDate last,
                     String... extra) {
        jdbi.useHandle(h -> {
            var query = h.createQuery(sql).bind(0, Date.valueOf(first)).bind(1, Date.valueOf(last));
            int index = 2;
            for (String value : extra) {
                if (value != null) {
                    query.bind(index++, value);
                }
            }
            query.map((rs, ctx) -> sums.merge(period.start(rs.getDate(1).toLocalDate()), 1L, Long::sum)).list();
        });
    }
}
