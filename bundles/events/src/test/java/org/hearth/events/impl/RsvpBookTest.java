package org.hearth.events.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class RsvpBookTest {

    private final EventsFixture f = new EventsFixture();

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Occurrence event(Optional<Integer> capacity) {
        LocalDateTime start = LocalDateTime.of(2026, 11, 27, 18, 0);
        long id = f.store.create(EventsFixture.draft("Friday dinner", start, capacity, Recurrence.ONCE));
        return f.schedule.find(new OccurrenceKey(id, start.toLocalDate())).orElseThrow();
    }

    @Test
    void placesAreConfirmedUpToCapacityThenTheWaitlistTakesWholeParties() {
        Occurrence dinner = event(Optional.of(4));
        assertThat(f.rsvps.reserve(dinner, Optional.of("p1"), 1).rsvp().status()).isEqualTo(Rsvp.Status.CONFIRMED);
        assertThat(f.rsvps.reserve(dinner, Optional.empty(), 2).rsvp().status()).isEqualTo(Rsvp.Status.CONFIRMED);
        RsvpBook.Outcome family = f.rsvps.reserve(dinner, Optional.of("p2"), 3);
        assertThat(family.rsvp().status()).isEqualTo(Rsvp.Status.WAITLIST);
        assertThat(family.waitlistPosition()).isEqualTo(1);
        RsvpBook.Outcome single = f.rsvps.reserve(dinner, Optional.empty(), 1);
        assertThat(single.rsvp().status()).isEqualTo(Rsvp.Status.CONFIRMED);
        RsvpBook.Outcome late = f.rsvps.reserve(dinner, Optional.of("p3"), 1);
        assertThat(late.rsvp().status()).isEqualTo(Rsvp.Status.WAITLIST);
        assertThat(late.waitlistPosition()).isEqualTo(2);
        assertThat(f.rsvps.seats(dinner)).isEqualTo(new RsvpBook.Seats(4, 4, Optional.of(4)));
    }

    @Test
    void aCancellationMovesUpTheWaitingPartiesThatFitInTheOrderTheyCame() {
        Occurrence dinner = event(Optional.of(3));
        RsvpBook.Outcome first = f.rsvps.reserve(dinner, Optional.of("p1"), 3);
        RsvpBook.Outcome family = f.rsvps.reserve(dinner, Optional.of("p2"), 3);
        RsvpBook.Outcome pair = f.rsvps.reserve(dinner, Optional.empty(), 2);
        assertThat(f.rsvps.cancel(dinner, pair.rsvp().id())).isTrue();
        assertThat(f.rsvps.cancel(dinner, pair.rsvp().id())).as("already cancelled").isFalse();
        RsvpBook.Outcome single = f.rsvps.reserve(dinner, Optional.of("p3"), 1);

        assertThat(f.rsvps.cancel(dinner, first.rsvp().id())).isTrue();
        assertThat(f.rsvps.of(dinner.key(), "p2").orElseThrow().status()).isEqualTo(Rsvp.Status.CONFIRMED);
        assertThat(f.rsvps.of(dinner.key(), "p3").orElseThrow().status()).isEqualTo(Rsvp.Status.WAITLIST);
        assertThat(f.rsvps.position(f.rsvps.of(dinner.key(), "p3").orElseThrow())).isEqualTo(1);
        assertThat(f.rsvps.seats(dinner).confirmed()).isEqualTo(3);
        assertThat(single.rsvp().status()).isEqualTo(Rsvp.Status.WAITLIST);
        assertThat(family.rsvp().status()).isEqualTo(Rsvp.Status.WAITLIST);
    }

    @Test
    void aMemberHasOneRsvpPerOccurrenceAndNoLimitConfirmsEveryone() {
        Occurrence openHouse = event(Optional.empty());
        RsvpBook.Outcome once = f.rsvps.reserve(openHouse, Optional.of("p1"), 2);
        RsvpBook.Outcome again = f.rsvps.reserve(openHouse, Optional.of("p1"), 1);
        assertThat(again.already()).isTrue();
        assertThat(again.rsvp().id()).isEqualTo(once.rsvp().id());
        for (int i = 0; i < 30; i++) {
            assertThat(f.rsvps.reserve(openHouse, Optional.empty(), 6).rsvp().status()).isEqualTo(Rsvp.Status.CONFIRMED);
        }
        assertThat(f.rsvps.seats(openHouse).left()).isEmpty();
    }

    @Test
    void cancelledOverOrOddPartiesAreRefused() {
        Occurrence dinner = event(Optional.of(10));
        assertThatThrownBy(() -> f.rsvps.reserve(dinner, Optional.empty(), 0)).hasMessage("error.party");
        assertThatThrownBy(() -> f.rsvps.reserve(dinner, Optional.empty(), 7)).hasMessage("error.party");
        f.store.cancel(dinner.key().eventId(), "");
        Occurrence cancelled = f.schedule.find(dinner.key()).orElseThrow();
        assertThatThrownBy(() -> f.rsvps.reserve(cancelled, Optional.empty(), 1)).hasMessage("error.rsvp.cancelled");
        f.store.restore(dinner.key().eventId());
        f.clock.set(Instant.parse("2026-11-28T12:00:00Z"));
        assertThatThrownBy(() -> f.rsvps.reserve(dinner, Optional.empty(), 1)).hasMessage("error.rsvp.over");
    }

    @Test
    void raisingTheCapacityMovesTheWaitlistUp() {
        Occurrence dinner = event(Optional.of(1));
        f.rsvps.reserve(dinner, Optional.of("p1"), 1);
        f.rsvps.reserve(dinner, Optional.of("p2"), 1);
        long id = dinner.key().eventId();
        f.store.update(id, EventsFixture.draft("Friday dinner", dinner.start().toLocalDateTime(), Optional.of(2), Recurrence.ONCE));
        assertThat(f.rsvps.moveUp(f.schedule.find(dinner.key()).orElseThrow())).isEqualTo(1);
        assertThat(f.rsvps.of(dinner.key(), "p2").orElseThrow().status()).isEqualTo(Rsvp.Status.CONFIRMED);
    }

    /** The visitor's screen read the event before a coordinator called it off or lowered its places. */
    @Test
    void aDateCalledOffAfterTheScreenOpenedTakesNoSeat() {
        Occurrence dinner = event(Optional.of(10));
        f.store.cancel(dinner.key().eventId(), "Snow day");
        assertThatThrownBy(() -> f.rsvps.reserve(dinner, Optional.of("p1"), 1)).hasMessage("error.rsvp.cancelled.now");
        f.store.restore(dinner.key().eventId());
        f.store.change(new OccurrenceChange(dinner.key(), false, true, Optional.of("Snow day"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> f.rsvps.reserve(dinner, Optional.empty(), 2)).hasMessage("error.rsvp.cancelled.now");
        f.store.change(new OccurrenceChange(dinner.key(), true, false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> f.rsvps.reserve(dinner, Optional.empty(), 2)).hasMessage("error.rsvp.cancelled.now");
        assertThat(f.count("SELECT COUNT(*) FROM events.rsvp")).isZero();
    }

    @Test
    void placesLoweredAfterTheScreenOpenedAreKeptAndTheVisitorIsToldItJustFilledUp() {
        Occurrence dinner = event(Optional.of(4));
        assertThat(f.rsvps.reserve(dinner, Optional.of("p1"), 2).rsvp().status()).isEqualTo(Rsvp.Status.CONFIRMED);
        f.store.update(dinner.key().eventId(), EventsFixture.draft("Friday dinner", dinner.start().toLocalDateTime(),
                Optional.of(2), Recurrence.ONCE));
        RsvpBook.Outcome late = f.rsvps.reserve(dinner, Optional.of("p2"), 2);
        assertThat(late.rsvp().status()).isEqualTo(Rsvp.Status.WAITLIST);
        assertThat(late.fullNow()).isTrue();
        RsvpBook.Outcome later = f.rsvps.reserve(dinner, Optional.of("p3"), 1);
        assertThat(later.rsvp().status()).isEqualTo(Rsvp.Status.WAITLIST);
        assertThat(later.fullNow()).isTrue();
        assertThat(f.rsvps.seats(f.schedule.find(dinner.key()).orElseThrow()).confirmed()).isEqualTo(2);

        f.store.update(dinner.key().eventId(), EventsFixture.draft("Friday dinner", dinner.start().toLocalDateTime(),
                Optional.of(1), Recurrence.ONCE));
        RsvpBook.Outcome first = f.rsvps.reserve(dinner, Optional.of("p1"), 1);
        assertThat(f.rsvps.cancel(dinner, first.rsvp().id())).isTrue();
        assertThat(f.rsvps.seats(dinner).confirmed()).as("the waitlist moves up only to the places set now").isEqualTo(1);
        assertThat(f.rsvps.of(dinner.key(), "p2").orElseThrow().status()).isEqualTo(Rsvp.Status.WAITLIST);
        assertThat(f.rsvps.of(dinner.key(), "p3").orElseThrow().status()).isEqualTo(Rsvp.Status.CONFIRMED);
    }

    @Test
    void theWordsForALateChangeAreInEnglishAndSpanish() throws java.io.IOException {
        java.util.Properties english = new java.util.Properties();
        java.util.Properties spanish = new java.util.Properties();
        try (var en = getClass().getResourceAsStream("/i18n/events.properties");
             var es = getClass().getResourceAsStream("/i18n/events_es.properties")) {
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
            spanish.load(new java.io.InputStreamReader(es, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(english).containsKeys("error.rsvp.cancelled.now", "confirm.waiting.now");
        assertThat(spanish.keySet()).isEqualTo(english.keySet());
        assertThat(spanish.getProperty("confirm.waiting.now")).isNotEqualTo(english.getProperty("confirm.waiting.now"));
    }

    /** Two (here eight) kiosks asking for the last places at the same moment, against real Derby. */
    @Test
    void kiosksRacingForTheLastSeatNeverGoOverCapacity() throws Exception {
        int kiosks = 8;
        ExecutorService pool = Executors.newFixedThreadPool(kiosks);
        try {
            for (int round = 0; round < 5; round++) {
                int capacity = 1 + round;
                LocalDateTime start = LocalDateTime.of(2026, 12, 1 + round, 18, 0);
                long id = f.store.create(EventsFixture.draft("Race " + round, start, Optional.of(capacity), Recurrence.ONCE));
                Occurrence o = f.schedule.find(new OccurrenceKey(id, start.toLocalDate())).orElseThrow();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<RsvpBook.Outcome>> results = new ArrayList<>();
                for (int k = 0; k < kiosks; k++) {
                    String person = "kiosk-" + k;
                    int party = 1 + (k % 2);
                    results.add(pool.submit(() -> {
                        go.await();
                        return f.rsvps.reserve(o, Optional.of(person), party);
                    }));
                }
                go.countDown();
                int confirmedSeats = 0;
                for (Future<RsvpBook.Outcome> result : results) {
                    RsvpBook.Outcome outcome = result.get(60, TimeUnit.SECONDS);
                    if (outcome.rsvp().status() == Rsvp.Status.CONFIRMED) {
                        confirmedSeats += outcome.rsvp().seats();
                    }
                }
                assertThat(confirmedSeats).as("round %d", round).isLessThanOrEqualTo(capacity);
                assertThat(f.rsvps.seats(o).confirmed()).isEqualTo(confirmedSeats);
                assertThat(f.rsvps.list(o.key())).hasSize(kiosks);
                assertThat(f.count("SELECT COALESCE(SUM(seats), 0) FROM events.rsvp WHERE event_id = " + id
                        + " AND status = 'CONFIRMED'")).isLessThanOrEqualTo(capacity).isGreaterThan(capacity - 2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cancellationsAndReservationsAtTheSameMomentKeepTheCount() throws Exception {
        LocalDateTime start = LocalDateTime.of(2026, 12, 20, 18, 0);
        long id = f.store.create(EventsFixture.draft("Holiday meal", start, Optional.of(5), Recurrence.ONCE));
        Occurrence meal = f.schedule.find(new OccurrenceKey(id, LocalDate.of(2026, 12, 20))).orElseThrow();
        List<Long> early = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            early.add(f.rsvps.reserve(meal, Optional.of("early-" + i), 1).rsvp().id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                work.add(pool.submit(() -> {
                    go.await();
                    if (n < 3) {
                        f.rsvps.cancel(meal, early.get(n));
                    } else {
                        f.rsvps.reserve(meal, Optional.of("late-" + n), 1);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> w : work) {
                w.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(f.rsvps.seats(meal)).isEqualTo(new RsvpBook.Seats(5, 0, Optional.of(5)));
    }
}
