package org.hearth.events.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class RecurrenceTest {

    private final EventsFixture f = new EventsFixture();

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static Recurrence weekly(int interval, Optional<LocalDate> until, Optional<Integer> count) {
        return new Recurrence(Recurrence.Repeat.WEEKLY, interval, until, count);
    }

    @Test
    void weeklyRepeatsOnTheFirstDatesWeekdayUntilItsLastDate() {
        LocalDate first = LocalDate.of(2026, 11, 25);
        Optional<String> rule = weekly(1, Optional.of(LocalDate.of(2026, 12, 16)), Optional.empty()).rule(first);
        assertThat(rule).contains("FREQ=WEEKLY;UNTIL=20261216;BYDAY=WE");
        assertThat(Recurrence.dates(first, rule, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31)))
                .containsExactly(first, first.plusWeeks(1), first.plusWeeks(2), first.plusWeeks(3));
    }

    @Test
    void everyOtherWeekAndACountAreKept() {
        LocalDate first = LocalDate.of(2026, 11, 25);
        Optional<String> rule = weekly(2, Optional.empty(), Optional.of(3)).rule(first);
        assertThat(Recurrence.dates(first, rule, first, first.plusYears(1)))
                .containsExactly(first, first.plusWeeks(2), first.plusWeeks(4));
        assertThat(Recurrence.parse(rule)).isEqualTo(weekly(2, Optional.empty(), Optional.of(3)));
    }

    @Test
    void monthlyOnTheSecondTuesdayAndOnTheLastFriday() {
        LocalDate secondTuesday = LocalDate.of(2026, 11, 10);
        Recurrence nth = new Recurrence(Recurrence.Repeat.MONTHLY_NTH, 1, Optional.empty(), Optional.empty());
        assertThat(nth.rule(secondTuesday)).contains("FREQ=MONTHLY;BYDAY=2TU");
        assertThat(Recurrence.dates(secondTuesday, nth.rule(secondTuesday), secondTuesday, LocalDate.of(2027, 2, 28)))
                .containsExactly(secondTuesday, LocalDate.of(2026, 12, 8), LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 9));

        LocalDate lastFriday = LocalDate.of(2026, 11, 27);
        Recurrence last = new Recurrence(Recurrence.Repeat.MONTHLY_LAST, 1, Optional.empty(), Optional.of(3));
        assertThat(Recurrence.dates(lastFriday, last.rule(lastFriday), lastFriday, lastFriday.plusYears(1)))
                .containsExactly(lastFriday, LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 29));
        assertThat(Recurrence.parse(last.rule(lastFriday)).repeat()).isEqualTo(Recurrence.Repeat.MONTHLY_LAST);
        assertThatThrownBy(() -> last.check(LocalDate.of(2026, 11, 13))).hasMessage("error.repeat.last");
    }

    @Test
    void aSeriesThatNeverEndsIsExpandedOnlyInsideTheWindowAndUnderTheCap() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        Optional<String> daily = Optional.of("FREQ=DAILY");
        List<LocalDate> dates = Recurrence.dates(first, daily, first, first.plusYears(50));
        assertThat(dates).hasSize(Recurrence.MAX_WINDOW_DAYS + 1);
        Optional<String> forever = weekly(1, Optional.empty(), Optional.empty()).rule(first);
        assertThat(Recurrence.dates(first, forever, LocalDate.of(2036, 1, 1), LocalDate.of(2036, 1, 31))).hasSize(5);
    }

    @Test
    void thousandsOfOccurrencesOrAnEndFarAwayGetAClearMessage() {
        LocalDate first = LocalDate.of(2026, 11, 25);
        assertThatThrownBy(() -> weekly(1, Optional.empty(), Optional.of(5000)).check(first)).hasMessage("error.repeat.count");
        assertThatThrownBy(() -> weekly(1, Optional.empty(), Optional.of(0)).check(first)).hasMessage("error.repeat.count");
        assertThatThrownBy(() -> weekly(1, Optional.of(first.plusYears(40)), Optional.empty()).check(first))
                .hasMessage("error.repeat.until.far");
        assertThatThrownBy(() -> weekly(1, Optional.of(first.minusDays(1)), Optional.empty()).check(first))
                .hasMessage("error.repeat.until.before");
        assertThatThrownBy(() -> weekly(9, Optional.empty(), Optional.empty()).check(first)).hasMessage("error.repeat.interval");
        assertThatThrownBy(() -> f.store.create(EventsFixture.draft("Walk", first.atTime(18, 0), Optional.empty(),
                weekly(1, Optional.empty(), Optional.of(100_000))))).hasMessage("error.repeat.count");
    }

    @Test
    void aWeeklyEveningEventStaysAtSevenLocalAcrossTheEndOfDaylightSaving() {
        // Chicago leaves daylight saving on Sunday 1 November 2026
        LocalDateTime first = LocalDateTime.of(2026, 10, 21, 19, 0);
        long id = f.store.create(EventsFixture.draft("Open mic", first, Optional.empty(),
                weekly(1, Optional.empty(), Optional.of(4))));
        List<Occurrence> all = f.schedule.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        assertThat(all).extracting(o -> o.start().toLocalTime()).containsOnly(LocalTime.of(19, 0));
        assertThat(all).extracting(o -> o.start().getOffset())
                .containsExactly(ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-6), ZoneOffset.ofHours(-6));
        assertThat(all).allMatch(o -> o.key().eventId() == id);
    }

    @Test
    void aTimeThatDoesNotExistWhenClocksGoForwardMovesToTheFirstMomentThatDoes() {
        // Chicago springs forward at 2:00 on Sunday 14 March 2027: 2:30 does not exist that night
        long id = f.store.create(EventsFixture.draft("Sunrise hike", LocalDateTime.of(2027, 3, 7, 2, 30), Optional.empty(),
                weekly(1, Optional.empty(), Optional.of(2))));
        Occurrence gap = f.schedule.find(new OccurrenceKey(id, LocalDate.of(2027, 3, 14))).orElseThrow();
        assertThat(gap.start().toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(gap.end().isAfter(gap.start())).isTrue();
    }

    @Test
    void skippedDatesAreExceptionsAndOneChangedDateLeavesTheRestOfTheSeries() {
        LocalDateTime first = LocalDateTime.of(2026, 11, 25, 18, 0);
        long id = f.store.create(EventsFixture.draft("Game night", first, Optional.of(20),
                weekly(1, Optional.empty(), Optional.of(4))));
        OccurrenceKey second = new OccurrenceKey(id, LocalDate.of(2026, 12, 2));
        OccurrenceKey third = new OccurrenceKey(id, LocalDate.of(2026, 12, 9));
        f.store.change(new OccurrenceChange(second, true, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
        f.store.change(new OccurrenceChange(third, false, false, Optional.empty(), Optional.of("Game night in the park"),
                Optional.empty(), Optional.of("Riverside park"), Optional.of(LocalDateTime.of(2026, 12, 10, 17, 0)),
                Optional.of(LocalDateTime.of(2026, 12, 10, 19, 30))));

        List<Occurrence> all = f.schedule.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31));
        assertThat(all).extracting(o -> o.key().occursOn())
                .containsExactly(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 16));
        Occurrence moved = all.get(1);
        assertThat(moved.title()).isEqualTo("Game night in the park");
        assertThat(moved.place()).contains("Riverside park");
        assertThat(moved.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 12, 10, 17, 0));
        assertThat(moved.changed()).isTrue();
        assertThat(all.get(2).title()).isEqualTo("Game night");
        assertThat(f.schedule.find(second)).isEmpty();

        f.store.update(id, EventsFixture.draft("Games and pizza", first, Optional.of(20), weekly(1, Optional.empty(), Optional.of(4))));
        assertThat(f.schedule.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)))
                .extracting(Occurrence::title).containsExactly("Games and pizza", "Game night in the park", "Games and pizza");
    }

    @Test
    void cancellingShowsANoticeOnTheDateOrOnEveryDateOfTheSeries() {
        LocalDateTime first = LocalDateTime.of(2026, 11, 25, 18, 0);
        long id = f.store.create(EventsFixture.draft("Game night", first, Optional.empty(), weekly(1, Optional.empty(), Optional.of(3))));
        OccurrenceKey second = new OccurrenceKey(id, LocalDate.of(2026, 12, 2));
        f.store.change(new OccurrenceChange(second, false, true, Optional.of("The room is being painted"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(f.schedule.find(second).orElseThrow().cancelled()).isTrue();
        assertThat(f.schedule.find(second).orElseThrow().notice()).contains("The room is being painted");
        assertThat(f.schedule.find(new OccurrenceKey(id, first.toLocalDate())).orElseThrow().cancelled()).isFalse();

        f.store.cancel(id, "Snow storm: stay safe");
        assertThat(f.schedule.between(first.toLocalDate(), first.toLocalDate().plusWeeks(3)))
                .allMatch(Occurrence::cancelled).extracting(o -> o.notice().orElse("")).contains("Snow storm: stay safe");
        f.store.restore(id);
        assertThat(f.schedule.find(new OccurrenceKey(id, first.toLocalDate())).orElseThrow().cancelled()).isFalse();
    }
}
