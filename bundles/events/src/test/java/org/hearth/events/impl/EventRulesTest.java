package org.hearth.events.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@Tag("database")
class EventRulesTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 25, 18, 0);

    private static EventDraft withTimes(LocalDateTime start, LocalDateTime end) {
        EventDraft d = EventsFixture.draft("Game night", start, Optional.of(10), Recurrence.ONCE);
        return new EventDraft(d.title(), d.description(), d.place(), d.kind(), d.tags(), d.childCare(), d.transport(),
                d.capacity(), d.organiserId(), start, end, d.recurrence());
    }

    private static EventDraft withCapacity(int capacity) {
        return EventsFixture.draft("Game night", START, Optional.of(capacity), Recurrence.ONCE);
    }

    @Test
    void anEndBeforeOrAtTheStartIsRefused() {
        assertThatThrownBy(() -> EventRules.check(withTimes(START, START.minusHours(1)), EventsFixture.ZONE))
                .hasMessage("error.time.order");
        assertThatThrownBy(() -> EventRules.check(withTimes(START, START), EventsFixture.ZONE)).hasMessage("error.time.order");
        assertThatThrownBy(() -> EventRules.check(withTimes(START, START.plusDays(4)), EventsFixture.ZONE))
                .hasMessage("error.time.long");
    }

    @Test
    void theEndIsComparedAsTheCentersClocksShowIt() {
        // 1:10 to 1:50 on the night Chicago falls back: 40 minutes, both in the first 1 o'clock hour
        LocalDateTime start = LocalDateTime.of(2026, 11, 1, 1, 10);
        assertThat(EventRules.check(withTimes(start, start.plusMinutes(40)), EventsFixture.ZONE).end())
                .isEqualTo(start.plusMinutes(40));
        // 23:00 to 1:00 the next day is a two-hour event, not an end before its start
        LocalDateTime late = LocalDateTime.of(2026, 12, 31, 23, 0);
        assertThat(EventRules.check(withTimes(late, late.plusHours(2)), EventsFixture.ZONE).start()).isEqualTo(late);
    }

    @Test
    void zeroNegativeOrAbsurdCapacitiesAreRefusedAndNoneMeansNoLimit() {
        assertThatThrownBy(() -> EventRules.check(withCapacity(0), EventsFixture.ZONE)).hasMessage("error.capacity");
        assertThatThrownBy(() -> EventRules.check(withCapacity(-5), EventsFixture.ZONE)).hasMessage("error.capacity");
        assertThatThrownBy(() -> EventRules.check(withCapacity(2_000_000), EventsFixture.ZONE)).hasMessage("error.capacity");
        assertThat(EventRules.check(EventsFixture.draft("Open house", START, Optional.empty(), Recurrence.ONCE),
                EventsFixture.ZONE).capacity()).isEmpty();
        assertThatThrownBy(() -> FormFields.number("twelve", "error.capacity")).hasMessage("error.capacity");
    }

    @Test
    void absurdTextLengthsAreRefusedAndTextIsTidied() {
        EventDraft longTitle = EventsFixture.draft("x".repeat(10_000), START, Optional.empty(), Recurrence.ONCE);
        assertThatThrownBy(() -> EventRules.check(longTitle, EventsFixture.ZONE)).hasMessage("error.title.long");
        EventDraft blank = EventsFixture.draft(" \u200B\t ", START, Optional.empty(), Recurrence.ONCE);
        assertThatThrownBy(() -> EventRules.check(blank, EventsFixture.ZONE)).hasMessage("error.title.empty");
        EventDraft d = EventsFixture.draft("  Game\u0000 night  ", START, Optional.empty(), Recurrence.ONCE);
        EventDraft longText = new EventDraft(d.title(), Optional.of("y".repeat(2001)), d.place(), d.kind(), d.tags(),
                d.childCare(), d.transport(), d.capacity(), d.organiserId(), d.start(), d.end(), d.recurrence());
        assertThatThrownBy(() -> EventRules.check(longText, EventsFixture.ZONE)).hasMessage("error.description.long");
        assertThat(EventRules.check(d, EventsFixture.ZONE).title()).isEqualTo("Game night");
        assertThat(EventRules.tidy("Line one\r\n\r\n\r\n\r\nLine two\u0007", true)).isEqualTo("Line one\n\nLine two");
        assertThatThrownBy(() -> EventRules.note("n".repeat(301))).hasMessage("error.note.long");
    }

    @Test
    void referencesAreReadOnlyWhenTheyAreThisCalendars() {
        assertThat(OccurrenceKey.parse("event:42@2026-11-25")).contains(new OccurrenceKey(42, java.time.LocalDate.of(2026, 11, 25)));
        assertThat(OccurrenceKey.parse("group:42@2026-11-25")).isEmpty();
        assertThat(OccurrenceKey.parse("event:42@2026-13-45")).isEmpty();
        assertThat(OccurrenceKey.parse("event:999999999999999999999@2026-11-25")).isEmpty();
        assertThat(OccurrenceKey.parse(null)).isEmpty();
    }
}
