package org.hearth.events.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.Count;
import org.hearth.api.CountScope;
import org.hearth.api.Offering;
import org.hearth.api.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two centers, north and south, on one database: each sees its own calendar; counts per center and network. */
@Tag("database")
class CentersTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    private final EventsFixture f = new EventsFixture();
    private final EventStore northStore = new EventStore(f.events, f.clock, "north");
    private final EventStore southStore = new EventStore(f.events, f.clock, "south");
    private final Schedule north = new Schedule(northStore, f.clock);
    private final Schedule south = new Schedule(southStore, f.clock);

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void eachCenterSeesOnlyItsOwnCalendar() throws Exception {
        long openMic = northStore.create(EventsFixture.draft("Open mic", LocalDateTime.of(2026, 11, 27, 18, 0),
                Optional.of(2), Recurrence.ONCE));
        southStore.create(EventsFixture.draft("Pottery", LocalDateTime.of(2026, 11, 27, 18, 0), Optional.empty(),
                new Recurrence(Recurrence.Repeat.WEEKLY, 1, Optional.empty(), Optional.of(3))));
        LocalDate day = LocalDate.of(2026, 11, 27);

        assertThat(titles(north.between(day, day.plusDays(14)))).containsExactly("Open mic");
        assertThat(titles(south.between(day, day.plusDays(14)))).containsExactly("Pottery", "Pottery", "Pottery");
        assertThat(northStore.all()).extracting(e -> e.draft().title()).containsExactly("Open mic");
        assertThat(f.store.all()).as("the default center has none").isEmpty();
        assertThat(new EventOfferings(north).offerings(day, Locale.ENGLISH)).extracting(Offering::title)
                .containsExactly("Open mic");
        assertThat(new EventOfferings(south).offerings(day, Locale.ENGLISH)).extracting(Offering::title)
                .containsExactly("Pottery");
        assertThat(new IcsFeed(north).feed(Locale.ENGLISH)).contains("Open mic").doesNotContain("Pottery");
        assertThat(new MonthPage(south).page(YearMonth.of(2026, 11), Locale.ENGLISH)).contains("Pottery")
                .doesNotContain("Open mic");

        Occurrence mic = north.find(new OccurrenceKey(openMic, day)).orElseThrow();
        f.rsvps.reserve(mic, Optional.of("ana"), 2);
        assertThat(f.rsvps.seats(mic).confirmed()).as("a look-up by id finds it anywhere").isEqualTo(2);
        assertThat(south.find(mic.key())).isPresent();
    }

    @Test
    void eachCenterCountsItsOwnEventsAndTheNetworkCountsBoth() {
        long northId = northStore.create(EventsFixture.draft("Open mic", FRIDAY.atTime(18, 0), Optional.empty(),
                Recurrence.ONCE));
        long southId = southStore.create(EventsFixture.draft("Pottery", FRIDAY.atTime(12, 0), Optional.empty(),
                Recurrence.ONCE));
        OccurrenceKey atNorth = new OccurrenceKey(northId, FRIDAY);
        OccurrenceKey atSouth = new OccurrenceKey(southId, FRIDAY);
        Instant at = FRIDAY.atTime(19, 0).atZone(EventsFixture.ZONE).toInstant();
        f.attendance.signedIn(atNorth, Optional.of("ana"), at);
        f.attendance.signedIn(atNorth, Optional.empty(), at);
        f.attendance.signedIn(atSouth, Optional.of("ana"), at);
        f.attendance.signedIn(atSouth, Optional.of("bea"), at);
        f.attendance.signedIn(atSouth, Optional.of("cy"), at);
        EventCounts counts = new EventCounts(north, f.attendance);

        assertThat(counts.countsByCenter()).isTrue();
        assertThat(total(counts, EventCounts.HELD, CountScope.of("north"))).isEqualTo(1);
        assertThat(total(counts, EventCounts.HELD, CountScope.of("south"))).isEqualTo(1);
        assertThat(total(counts, EventCounts.HELD, CountScope.NETWORK)).isEqualTo(2);
        assertThat(total(counts, EventCounts.ATTENDANCE, CountScope.of("north"))).isEqualTo(2);
        assertThat(total(counts, EventCounts.ATTENDANCE, CountScope.of("south"))).isEqualTo(3);
        assertThat(total(counts, EventCounts.ATTENDANCE, CountScope.NETWORK))
                .as("attendance counts times: Ana at each center's event").isEqualTo(5);
        assertThat(total(counts, EventCounts.ATTENDANCE, CountScope.of("east"))).isZero();
        assertThat(counts.count(EventCounts.HELD, FRIDAY, FRIDAY, Period.DAY))
                .as("without a scope, the network's").isEqualTo(counts.count(EventCounts.HELD, FRIDAY, FRIDAY,
                        Period.DAY, CountScope.NETWORK));
        assertThat(new Reports(north, f.attendance).rows(YearMonth.of(2026, 11), YearMonth.of(2026, 11),
                f.clock.instant())).singleElement().satisfies(row -> {
                    assertThat(row.held()).isEqualTo(1);
                    assertThat(row.attendance()).isEqualTo(2);
                });
    }

    @Test
    void eventsFromBeforeCentersBecomeTheFirstStartingKiosksCenter() {
        f.store.create(EventsFixture.draft("Open mic", FRIDAY.atTime(18, 0), Optional.empty(), Recurrence.ONCE));
        f.events.jdbi().useHandle(h -> h.execute("UPDATE events.event SET center_id = NULL"));

        EventStore atEast = new EventStore(f.events, f.clock, "east");

        assertThat(atEast.all()).extracting(e -> e.draft().title()).containsExactly("Open mic");
        assertThat(titles(new Schedule(atEast, f.clock).between(FRIDAY, FRIDAY))).containsExactly("Open mic");
        new EventStore(f.events, f.clock, "west");
        assertThat(f.count("SELECT COUNT(*) FROM events.event WHERE center_id = 'east'")).as("adopted once")
                .isEqualTo(1);
    }

    private static List<String> titles(List<Occurrence> occurrences) {
        return occurrences.stream().map(Occurrence::title).toList();
    }

    private static long total(EventCounts counts, String measure, CountScope scope) {
        List<Count> found = counts.count(measure, FRIDAY, FRIDAY, Period.DAY, scope);
        return found.stream().filter(c -> c.kind().isEmpty()).mapToLong(c -> c.value().longValueExact()).sum();
    }
}
