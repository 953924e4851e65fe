package org.hearth.platform.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hearth.api.Scheduler;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The scheduler's timing, from a clock the test moves: no sleeping, no threads (but one wiring test). */
class PlatformSchedulerTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private final MovingClock clock = new MovingClock(at("2026-11-25T20:58"));
    private final PlatformScheduler scheduler = new PlatformScheduler(clock, Runnable::run);
    private final List<Instant> runs = new ArrayList<>();

    @Test
    void aDailyTaskRunsOnceADayAtItsLocalTime() {
        Scheduler.Task task = scheduler.daily("test-daily", LocalTime.of(21, 0), () -> runs.add(clock.instant()));
        assertThat(scheduler.next(task)).isEqualTo(at("2026-11-25T21:00"));

        scheduler.runDue();
        clock.moveTo(at("2026-11-25T21:00"));
        scheduler.runDue();
        scheduler.runDue();
        clock.moveTo(at("2026-11-26T20:59"));
        scheduler.runDue();
        clock.moveTo(at("2026-11-26T21:03"));
        scheduler.runDue();

        assertThat(runs).containsExactly(at("2026-11-25T21:00"), at("2026-11-26T21:03"));
        assertThat(scheduler.next(task)).isEqualTo(at("2026-11-27T21:00"));
    }

    @Test
    void aDailyTaskSetAfterItsTimeFirstRunsTomorrow() {
        clock.moveTo(at("2026-11-25T22:00"));
        Scheduler.Task task = scheduler.daily("test-daily", LocalTime.of(21, 0), () -> runs.add(clock.instant()));
        scheduler.runDue();
        assertThat(runs).isEmpty();
        assertThat(scheduler.next(task)).isEqualTo(at("2026-11-26T21:00"));
    }

    @Test
    void aDailyTimeThatDoesNotExistWhenTheClocksGoForwardRunsAfterTheGap() {
        clock.moveTo(at("2026-03-08T01:00"));
        Scheduler.Task task = scheduler.daily("test-daily", LocalTime.of(2, 30), () -> { });
        assertThat(scheduler.next(task)).isEqualTo(ZonedDateTime.parse("2026-03-08T03:30-05:00[America/Chicago]")
                .toInstant());
    }

    @Test
    void aRepeatingTaskRunsAtOnceAndThenAPeriodAfterEachRun() {
        scheduler.every("test-every", Duration.ofMinutes(1), () -> runs.add(clock.instant()));
        scheduler.runDue();
        clock.advance(Duration.ofSeconds(59));
        scheduler.runDue();
        clock.advance(Duration.ofSeconds(1));
        scheduler.runDue();
        clock.advance(Duration.ofMinutes(5));
        scheduler.runDue();
        scheduler.runDue();

        assertThat(runs).containsExactly(at("2026-11-25T20:58"), at("2026-11-25T20:59"), at("2026-11-25T21:04"));
        assertThatThrownBy(() -> scheduler.every("too-often", Duration.ofMillis(10), () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTaskThatThrowsIsLoggedWithoutItsMessageAndKeepsItsSchedule() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(PlatformScheduler.class);
        logger.addAppender(log);
        try {
            scheduler.every("test-failing", Duration.ofMinutes(1), () -> {
                runs.add(clock.instant());
                throw new IllegalStateException("Could not sign out Jo Rivera");
            });
            scheduler.runDue();
            clock.advance(Duration.ofMinutes(1));
            scheduler.runDue();
        } finally {
            logger.detachAppender(log);
        }
        assertThat(runs).hasSize(2);
        assertThat(log.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).contains("test-failing", "IllegalStateException")
                    .doesNotContain("Jo Rivera");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void aCancelledTaskDoesNotRunAgainAndAStoppedSchedulerCancelsEverything() {
        Scheduler.Task cancelled = scheduler.every("test-cancelled", Duration.ofMinutes(1), () -> runs.add(null));
        Scheduler.Task other = scheduler.daily("test-other", LocalTime.of(21, 0), () -> runs.add(null));
        cancelled.cancel();
        cancelled.cancel();
        scheduler.runDue();
        assertThat(runs).isEmpty();
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(other.isCancelled()).isFalse();

        scheduler.stop();
        clock.moveTo(at("2026-11-25T21:00"));
        scheduler.runDue();
        assertThat(runs).isEmpty();
        assertThat(other.isCancelled()).isTrue();
        assertThatThrownBy(() -> scheduler.daily("test-late", LocalTime.NOON, () -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theComponentRunsTasksOnItsOwnDaemonThreadsUntilItStops() throws InterruptedException {
        PlatformScheduler component = new PlatformScheduler(Clock.systemUTC());
        CountDownLatch ran = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        try {
            component.every("test-threads", Duration.ofHours(1), () -> {
                threads.add(Thread.currentThread());
                ran.countDown();
            });
            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(threads.get(0).isDaemon()).isTrue();
            assertThat(threads.get(0).getName()).startsWith("hearth-scheduler-");
        } finally {
            component.stop();
        }
        threads.get(0).join(10_000);
        assertThat(threads.get(0).isAlive()).isFalse();
    }

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(CHICAGO).toInstant();
    }

    /** A clock the test moves by hand, in Chicago. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void moveTo(Instant instant) {
            now = instant;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return CHICAGO;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
