package org.hearth.console.impl;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.CountBoard;
import org.hearth.api.CountBoard.Audience;
import org.hearth.api.CountScope;
import org.hearth.api.Figure;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Measure;
import org.hearth.api.Period;

/**
 * What the dashboard shows, read from the platform's count board with the coordinator's true numbers: today, this
 * week and this month for every measure, a measure's last twelve months and this month by kind of support.
 */
final class Figures {

    /** How many months the trend line shows, this one included. */
    static final int MONTHS = 12;

    /** One measure at a glance. */
    record Glance(Measure measure, BigDecimal today, BigDecimal week, BigDecimal month) {
    }

    private final CountBoard board;
    private final Clock clock;
    private final Scopes scopes;
    private final CountScope scope;

    Figures(CountBoard board, Clock clock) {
        this(board, clock, new Scopes(null), CountScope.NETWORK);
    }

    Figures(CountBoard board, Clock clock, Scopes scopes, CountScope scope) {
        this.board = board;
        this.clock = clock;
        this.scopes = scopes;
        this.scope = scope;
    }

    /** The same figures for another center, or the network. */
    Figures in(CountScope other) {
        return new Figures(board, clock, scopes, other);
    }

    Scopes scopes() {
        return scopes;
    }

    /** Whether some features count only the whole network, so this center's figures leave them out. */
    boolean partial(Locale locale) {
        return board.measures(locale, scope).size() < board.measures(locale, CountScope.NETWORK).size();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    List<Measure> measures(Locale locale) {
        return board.measures(locale, scope);
    }

    /** Every measure the board offers, grouped by the feature that counts it (the id's prefix), in id order. */
    Map<String, List<Glance>> glance(Locale locale) {
        LocalDate today = today();
        Map<String, List<Glance>> byFeature = new LinkedHashMap<>();
        for (Measure m : measures(locale)) {
            Glance glance = new Glance(m, total(m.id(), today, Period.DAY), total(m.id(), today, Period.WEEK),
                    total(m.id(), today, Period.MONTH));
            byFeature.computeIfAbsent(feature(m.id()), f -> new ArrayList<>()).add(glance);
        }
        return byFeature;
    }

    /** The feature a measure belongs to: {@code signin} for {@code signin.visits}. */
    static String feature(String measureId) {
        int dot = measureId.indexOf('.');
        return dot < 0 ? measureId : measureId.substring(0, dot);
    }

    /** The measure's totals for the last twelve months, oldest first, a month with nothing counted as zero. */
    Map<LocalDate, BigDecimal> trend(String measureId) {
        LocalDate last = Period.MONTH.start(today());
        LocalDate first = last.minusMonths(MONTHS - 1);
        Map<LocalDate, BigDecimal> months = new LinkedHashMap<>();
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, BigDecimal.ZERO);
        }
        for (Figure f : board.figures(measureId, first, last, Period.MONTH, Audience.SCREEN, scope)) {
            if (f.kind().isEmpty() && months.containsKey(f.periodStart())) {
                months.put(f.periodStart(), f.value().orElse(BigDecimal.ZERO));
            }
        }
        return months;
    }

    /** This month's numbers of the measure by kind of support; empty when the measure is not split by kind. */
    Map<KindOfSupport, BigDecimal> byKind(String measureId) {
        LocalDate month = Period.MONTH.start(today());
        Map<KindOfSupport, BigDecimal> kinds = new EnumMap<>(KindOfSupport.class);
        List<Figure> figures = board.figures(measureId, month, month, Period.MONTH, Audience.SCREEN, scope);
        if (figures.stream().noneMatch(f -> f.kind().isPresent())) {
            return kinds;
        }
        for (KindOfSupport kind : KindOfSupport.values()) {
            kinds.put(kind, BigDecimal.ZERO);
        }
        figures.forEach(f -> f.kind().ifPresent(k -> kinds.put(k, f.value().orElse(BigDecimal.ZERO))));
        return kinds;
    }

    private BigDecimal total(String measureId, LocalDate day, Period period) {
        LocalDate start = period.start(day);
        return board.figures(measureId, start, start, period, Audience.SCREEN, scope).stream()
                .filter(f -> f.kind().isEmpty() && f.periodStart().equals(start)).findFirst()
                .flatMap(Figure::value).orElse(BigDecimal.ZERO);
    }

    /** The first measure with this id, if the board offers it. */
    static Optional<Measure> find(List<Measure> measures, String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
