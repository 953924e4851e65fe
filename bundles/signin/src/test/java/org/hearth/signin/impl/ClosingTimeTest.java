package org.hearth.signin.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.testkit.TestScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The automatic sign-out on the platform's scheduler, driven by the test clock: no thread, no sleeping. */
@Tag("database")
class ClosingTimeTest {

    private final SignInFixture f = new SignInFixture();
    private final TestScheduler scheduler = new TestScheduler(f.clock);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyoneStillInIsSignedOutAtTheFirstCheckAfterClosing() {
        f.clock.set(Instant.parse("2026-11-26T02:59:30Z")); // 20:59:30 in Chicago
        f.visits.record(Optional.of("person-1"), Set.of());
        ClosingTime closing = new ClosingTime(f.visits, scheduler, Map.of());

        scheduler.runDue();
        assertThat(f.visits.inBuilding()).as("checked at start, before closing").hasSize(1);
        f.clock.advance(Duration.ofSeconds(59)); // 21:00:29
        scheduler.runDue();
        assertThat(f.visits.inBuilding()).as("the next check is a minute after the last").hasSize(1);
        f.clock.advance(Duration.ofSeconds(1));
        scheduler.runDue();
        assertThat(f.visits.inBuilding()).isEmpty();
        assertThat(f.visits.visitsOf("person-1").get(0).signedOutAt()).contains(Instant.parse("2026-11-26T03:00:00Z"));
        closing.deactivate();
    }

    @Test
    void aNewClosingTimeIsCheckedAtOnceAndNothingRunsOnceStopped() {
        f.clock.set(Instant.parse("2026-11-26T01:30:00Z")); // 19:30 in Chicago
        f.visits.record(Optional.of("person-1"), Set.of());
        ClosingTime closing = new ClosingTime(f.visits, scheduler, Map.of());
        scheduler.runDue();
        assertThat(f.visits.inBuilding()).hasSize(1);

        closing.modified(Map.of(ClosingTime.PROPERTY, "19:00"));
        scheduler.runDue();
        assertThat(f.visits.inBuilding()).isEmpty();

        f.visits.record(Optional.of("person-2"), Set.of());
        closing.deactivate();
        f.clock.advance(Duration.ofMinutes(5));
        scheduler.runDue();
        assertThat(f.visits.inBuilding()).as("no check after the component stopped").hasSize(1);
    }
}
