package org.hearth.console.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.KindOfSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard's and the funder report's figures, read through the platform's real count board. */
@Tag("database")
class FiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final ConsoleFixture f = new ConsoleFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theGlanceHasTodayThisWeekAndThisMonthForEveryMeasureByFeature() {
        f.counts.add("signin.visits", TODAY, "3").add("signin.visits", TODAY.minusDays(1), "5")
                .add("signin.visits", TODAY.minusDays(2), "7").add("volunteers.paid", TODAY, "41.67");
        Map<String, List<Figures.Glance>> glance = f.figures.glance(Locale.ENGLISH);
        assertThat(glance.keySet()).containsExactly("groups", "signin", "volunteers");
        Figures.Glance visits = glance.get("signin").stream().filter(g -> g.measure().id().equals("signin.visits"))
                .findFirst().orElseThrow();
        assertThat(List.of(visits.today(), visits.week(), visits.month())).extracting(BigDecimal::intValue)
                .containsExactly(3, 15, 8);
        Figures.Glance paid = glance.get("volunteers").stream().filter(g -> g.measure().id().equals("volunteers.paid"))
                .findFirst().orElseThrow();
        assertThat(paid.month()).isEqualByComparingTo("41.67");
    }

    @Test
    void theTrendIsTwelveMonthsOldestFirstWithZerosForQuietMonths() {
        f.counts.add("signin.visits", LocalDate.of(2026, 1, 15), "30").add("signin.visits", TODAY, "4")
                .add("signin.visits", LocalDate.of(2025, 11, 30), "99");
        Map<LocalDate, BigDecimal> months = f.figures.trend("signin.visits");
        assertThat(months).hasSize(12);
        assertThat(months.keySet()).first().isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(months.keySet()).last().isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(months.get(LocalDate.of(2026, 1, 1))).isEqualByComparingTo("30");
        assertThat(months.get(LocalDate.of(2026, 6, 1))).isEqualByComparingTo("0");
        assertThat(months.get(LocalDate.of(2026, 12, 1))).isEqualByComparingTo("4");
    }

    @Test
    void thisMonthByKindOfSupportOnlyForMeasuresSplitByKind() {
        f.counts.add("groups.attendance", TODAY, KindOfSupport.EMOTIONAL, "9")
                .add("groups.attendance", TODAY, KindOfSupport.AFFILIATIONAL, "2").add("signin.visits", TODAY, "3");
        Map<KindOfSupport, BigDecimal> kinds = f.figures.byKind("groups.attendance");
        assertThat(kinds.keySet()).containsExactly(KindOfSupport.values());
        assertThat(kinds.get(KindOfSupport.EMOTIONAL)).isEqualByComparingTo("9");
        assertThat(kinds.get(KindOfSupport.INSTRUMENTAL)).isEqualByComparingTo("0");
        assertThat(f.figures.byKind("signin.visits")).isEmpty();
    }

    @Test
    void aRangesTotalsAddDaysAndWholeMonthsAndSuppressSmallCountsButNeverMoney() {
        f.counts.add("signin.visits", LocalDate.of(2026, 9, 4), "100")
                .add("signin.visits", LocalDate.of(2026, 9, 5), "3").add("signin.visits", LocalDate.of(2026, 10, 20), "6")
                .add("signin.visits", LocalDate.of(2026, 11, 10), "2").add("signin.visits", LocalDate.of(2026, 11, 11), "50")
                .add("volunteers.paid", LocalDate.of(2026, 10, 1), "4.00")
                .add("groups.attendance", LocalDate.of(2026, 10, 3), KindOfSupport.EMOTIONAL, "12")
                .add("groups.attendance", LocalDate.of(2026, 10, 3), KindOfSupport.INFORMATIONAL, "4");
        List<ReportFigures.Line> lines = f.report.figures().lines(Range.of(LocalDate.of(2026, 9, 5),
                LocalDate.of(2026, 11, 10)), Locale.ENGLISH);
        assertThat(value(lines, "signin.visits", Optional.empty())).contains(new BigDecimal("11"));
        assertThat(value(lines, "volunteers.paid", Optional.empty())).contains(new BigDecimal("4.00"));
        assertThat(value(lines, "groups.attendance", Optional.empty())).contains(new BigDecimal("16"));
        assertThat(value(lines, "groups.attendance", Optional.of(KindOfSupport.EMOTIONAL))).contains(new BigDecimal("12"));
        assertThat(value(lines, "groups.attendance", Optional.of(KindOfSupport.INFORMATIONAL))).isEmpty();
        assertThat(value(lines, "groups.attendance", Optional.of(KindOfSupport.INSTRUMENTAL))).contains(BigDecimal.ZERO);
        List<ReportFigures.Line> short_ = f.report.figures().lines(Range.of(LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 10)), Locale.ENGLISH);
        assertThat(value(short_, "signin.visits", Optional.empty())).isEmpty();
    }

    @Test
    void differentPeopleAreReportedForEachMonthTheRangeTouchesNeverAddedUp() {
        f.counts.add("signin.people", LocalDate.of(2026, 10, 1), "40").add("signin.people", LocalDate.of(2026, 11, 1), "7");
        List<ReportFigures.Line> people = f.report.figures().lines(Range.of(LocalDate.of(2026, 9, 15),
                LocalDate.of(2026, 11, 30)), Locale.ENGLISH).stream().filter(l -> l.measure().id().equals("signin.people"))
                .toList();
        assertThat(people).extracting(l -> l.month().orElseThrow()).containsExactly(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
        assertThat(people).extracting(ReportFigures.Line::value).containsExactly(Optional.of(BigDecimal.ZERO),
                Optional.of(new BigDecimal("40")), Optional.empty());
    }

    @Test
    void aRangeIsAtMostFiveYearsNeverBackwardsAndStartsAsLastMonth() {
        assertThat(Range.lastMonth(TODAY)).isEqualTo(new Range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(Range.lastMonth(LocalDate.of(2027, 1, 31)).from()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> Range.of(TODAY, TODAY.minusDays(1))).hasMessage("report.error.order");
        assertThatThrownBy(() -> Range.of(TODAY.minusYears(5).minusDays(1), TODAY)).hasMessage("report.error.long");
        assertThatThrownBy(() -> Range.of(null, TODAY)).hasMessage("report.error.missing");
        assertThat(Range.of(TODAY.minusYears(5), TODAY).subject()).isEqualTo("2021-12-02..2026-12-02");
    }

    @Test
    void numbersReadInTheViewersLanguageAndMoneyIsExact() {
        Locale es = Locale.forLanguageTag("es");
        assertThat(Numbers.shown(org.hearth.api.Measure.Unit.MONEY, new BigDecimal("1041.67"), Locale.ENGLISH))
                .isEqualTo("$1,041.67");
        assertThat(Numbers.shown(org.hearth.api.Measure.Unit.MONEY, new BigDecimal("0.10"), es)).contains("0.10");
        assertThat(Numbers.shown(org.hearth.api.Measure.Unit.TIMES, new BigDecimal("1204"), Locale.ENGLISH))
                .isEqualTo("1,204");
        assertThat(Numbers.shown(org.hearth.api.Measure.Unit.HOURS, new BigDecimal("3.50"), Locale.ENGLISH))
                .isEqualTo("3.5");
        assertThat(Numbers.plain(org.hearth.api.Measure.Unit.MONEY, Optional.of(new BigDecimal("4")))).isEqualTo("4.00");
        assertThat(Numbers.month(LocalDate.of(2026, 11, 1), es)).isEqualTo("noviembre de 2026");
    }

    private static Optional<BigDecimal> value(List<ReportFigures.Line> lines, String id, Optional<KindOfSupport> kind) {
        return lines.stream().filter(l -> l.measure().id().equals(id) && l.kind().equals(kind)).findFirst().orElseThrow()
                .value().map(BigDecimal::stripTrailingZeros).map(v -> v.scale() < 0 ? v.setScale(0) : v)
                .map(v -> id.equals("volunteers.paid") ? v.setScale(2) : v);
    }
}
