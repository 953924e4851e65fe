package org.hearth.console.impl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.hearth.api.Suppression;

/**
 * The funder report's figures for a range, as they may leave the center: every measure of the count board. Times,
 * hours and money are totals for the range (whole months as months, the days before and after as days). Different
 * people cannot be added up across months (someone who came in two months is one person), and the board counts them
 * by month at most, so people are reported for each calendar month the range touches, the whole month. Counts of
 * people and times from 1 to 10 are suppressed by the platform's one rule: the board's own for months, the same
 * {@link Suppression} rule for a range's total.
 */
final class ReportFigures {

    /** One line of the report: a measure, for all kinds of support or one, for the range or one month of it. */
    record Line(Measure measure, Optional<KindOfSupport> kind, Optional<LocalDate> month, Optional<BigDecimal> value) {

        /** Whether the small-count rule hid the number. */
        boolean suppressed() {
            return value.isEmpty();
        }
    }

    private final CountBoard board;
    private final Scopes scopes;

    ReportFigures(CountBoard board) {
        this(board, new Scopes(null));
    }

    ReportFigures(CountBoard board, Scopes scopes) {
        this.board = board;
        this.scopes = scopes;
    }

    Scopes scopes() {
        return scopes;
    }

    /** Whether some features count only the whole network, so the scope's report leaves them out. */
    boolean partial(Locale locale, CountScope scope) {
        return board.measures(locale, scope).size() < board.measures(locale, CountScope.NETWORK).size();
    }

    List<Line> lines(Range range, Locale locale) {
        return lines(range, locale, CountScope.NETWORK);
    }

    /** The report of one center, or of the network with each person counted once. */
    List<Line> lines(Range range, Locale locale, CountScope scope) {
        List<Line> lines = new ArrayList<>();
        for (Measure measure : board.measures(locale, scope)) {
            if (measure.unit() == Measure.Unit.PEOPLE) {
                lines.addAll(monthly(measure, range, scope));
            } else {
                lines.addAll(totals(measure, range, scope));
            }
        }
        return lines;
    }

    private List<Line> monthly(Measure measure, Range range, CountScope scope) {
        List<Line> lines = new ArrayList<>();
        LocalDate last = Period.MONTH.start(range.to());
        List<Figure> figures = board.figures(measure.id(), range.from(), range.to(), Period.MONTH, Audience.EXPORT, scope);
        boolean byKind = figures.stream().anyMatch(f -> f.kind().isPresent());
        for (LocalDate m = Period.MONTH.start(range.from()); !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate month = m;
            lines.add(new Line(measure, Optional.empty(), Optional.of(month), valueOf(figures, month, Optional.empty())));
            if (byKind) {
                for (KindOfSupport kind : KindOfSupport.values()) {
                    lines.add(new Line(measure, Optional.of(kind), Optional.of(month),
                            valueOf(figures, month, Optional.of(kind))));
                }
            }
        }
        return lines;
    }

    private static Optional<BigDecimal> valueOf(List<Figure> figures, LocalDate month, Optional<KindOfSupport> kind) {
        return figures.stream().filter(f -> f.periodStart().equals(month) && f.kind().equals(kind)).findFirst()
                .map(Figure::value).orElse(Optional.of(BigDecimal.ZERO));
    }

    private List<Line> totals(Measure measure, Range range, CountScope scope) {
        BigDecimal total = BigDecimal.ZERO;
        Map<KindOfSupport, BigDecimal> kinds = new EnumMap<>(KindOfSupport.class);
        for (Figure f : screenFigures(measure.id(), range, scope)) {
            BigDecimal value = f.value().orElse(BigDecimal.ZERO);
            if (f.kind().isPresent()) {
                kinds.merge(f.kind().get(), value, BigDecimal::add);
            } else {
                total = total.add(value);
            }
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(measure, Optional.empty(), Optional.empty(), exported(measure, total)));
        if (!kinds.isEmpty()) {
            for (KindOfSupport kind : KindOfSupport.values()) {
                lines.add(new Line(measure, Optional.of(kind), Optional.empty(),
                        exported(measure, kinds.getOrDefault(kind, BigDecimal.ZERO))));
            }
        }
        return lines;
    }

    /** The range's figures in the largest periods that fit: whole months as months, the rest as days. */
    private List<Figure> screenFigures(String id, Range range, CountScope scope) {
        LocalDate firstWhole = range.from().getDayOfMonth() == 1 ? range.from()
                : Period.MONTH.next(Period.MONTH.start(range.from()));
        LocalDate afterWhole = range.to().plusDays(1).withDayOfMonth(1);
        List<Figure> figures = new ArrayList<>();
        if (!firstWhole.isBefore(afterWhole)) {
            figures.addAll(days(id, range.from(), range.to(), scope));
            return figures;
        }
        figures.addAll(days(id, range.from(), firstWhole.minusDays(1), scope));
        figures.addAll(board.figures(id, firstWhole, afterWhole.minusDays(1), Period.MONTH, Audience.SCREEN,
                scope));
        figures.addAll(days(id, afterWhole, range.to(), scope));
        return figures;
    }

    private List<Figure> days(String id, LocalDate from, LocalDate to, CountScope scope) {
        return from.isAfter(to) ? List.of() : board.figures(id, from, to, Period.DAY, Audience.SCREEN, scope);
    }

    /** The platform's small-count rule for a number that leaves the center. */
    static Optional<BigDecimal> exported(Measure measure, BigDecimal value) {
        boolean hide = measure.unit().suppressible() && value.signum() > 0
                && Suppression.suppressed(value.longValue());
        return hide ? Optional.empty() : Optional.of(value);
    }
}
