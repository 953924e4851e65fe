package org.hearth.platform.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.Count;
import org.hearth.api.CountBoard.Audience;
import org.hearth.api.CountSource;
import org.hearth.api.Figure;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Measure;
import org.hearth.api.Period;
import org.junit.jupiter.api.Test;

/** The count board gathers sources and applies the small-count rule once, for exports only. */
class CountBoardTest {

    private static final LocalDate MONTH = LocalDate.of(2026, 11, 1);

    private final PlatformCountBoard board = new PlatformCountBoard();

    @Test
    void smallCountsOfPeopleAreSuppressedInExportsButHoursAndTheScreenAreNot() {
        board.addSource(source(new Measure("test.people", "People", Measure.Unit.PEOPLE), 4));
        board.addSource(source(new Measure("test.hours", "Hours", Measure.Unit.HOURS), 4));

        assertThat(board.measures(Locale.ENGLISH)).extracting(Measure::id).containsExactly("test.hours", "test.people");
        assertThat(board.figures("test.people", MONTH, MONTH.plusDays(20), Period.MONTH, Audience.EXPORT))
                .extracting(Figure::shown).containsExactly("<11", "0", "40");
        assertThat(board.figures("test.people", MONTH, MONTH, Period.MONTH, Audience.EXPORT).get(0).value()).isEmpty();
        assertThat(board.figures("test.people", MONTH, MONTH, Period.MONTH, Audience.SCREEN))
                .extracting(Figure::shown).containsExactly("4", "0", "40");
        assertThat(board.figures("test.hours", MONTH, MONTH, Period.MONTH, Audience.EXPORT))
                .extracting(Figure::shown).containsExactly("4", "0", "40");
        assertThat(board.figures("unknown", MONTH, MONTH, Period.MONTH, Audience.EXPORT)).isEmpty();
    }

    @Test
    void aSourceThatThrowsIsLeftOut() {
        board.addSource(new CountSource() {
            public List<Measure> measures(Locale locale) {
                throw new IllegalStateException("broken");
            }

            public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period) {
                throw new IllegalStateException("broken");
            }
        });
        board.addSource(source(new Measure("test.people", "People", Measure.Unit.PEOPLE), 12));
        assertThat(board.measures(Locale.ENGLISH)).extracting(Measure::id).containsExactly("test.people");
        assertThat(board.figures("test.people", MONTH, MONTH, Period.MONTH, Audience.EXPORT))
                .extracting(Figure::shown).containsExactly("12", "0", "120");
    }

    @Test
    void periodsStartOnMondaysAndFirstDays() {
        assertThat(Period.WEEK.start(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Period.MONTH.start(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Period.MONTH.next(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    /** A source with one measure: {@code n}, zero for the emotional kind, and {@code 10 n} for the affiliational. */
    private static CountSource source(Measure measure, long n) {
        return new CountSource() {
            public List<Measure> measures(Locale locale) {
                return List.of(measure);
            }

            public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period) {
                return measureId.equals(measure.id()) ? List.of(Count.of(from, n),
                        new Count(from, Optional.of(KindOfSupport.EMOTIONAL), BigDecimal.ZERO),
                        new Count(from, Optional.of(KindOfSupport.AFFILIATIONAL), BigDecimal.valueOf(10 * n)))
                        : List.of();
            }
        };
    }
}
