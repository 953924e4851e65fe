package org.hearth.testkit;

import java.time.Clock;
import org.hearth.platform.impl.PlatformScheduler;

/**
 * The platform's real {@link org.hearth.api.Scheduler} without threads, for unit tests: move the
 * {@link TestClock}, then {@link #runDue()} runs, on the test's thread, every task whose time has come. Nothing
 * runs until a test asks, so a test never sleeps.
 *
 * <pre>{@code
 * TestClock clock = new TestClock(Instant.parse("2026-11-26T02:59:00Z"), ZoneId.of("America/Chicago"));
 * TestScheduler scheduler = new TestScheduler(clock);
 * new ClosingTime(visits, scheduler, Map.of());   // every minute
 * clock.advance(Duration.ofMinutes(1));
 * scheduler.runDue();
 * }</pre>
 */
public final class TestScheduler extends PlatformScheduler {

    public TestScheduler(Clock clock) {
        super(clock, Runnable::run);
    }
}
