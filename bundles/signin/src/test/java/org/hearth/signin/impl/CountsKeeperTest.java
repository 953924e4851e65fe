package org.hearth.signin.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.Center;
import org.hearth.api.CountScope;
import org.hearth.signin.impl.VisitCounts.Grain;
import org.hearth.testkit.TestScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The recent closed periods counted ahead, a minute after the start and daily after that, on the test clock. */
@Tag("database")
class CountsKeeperTest {

    private final SignInFixture f = new SignInFixture();
    private final TestScheduler scheduler = new TestScheduler(f.clock);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aMinuteAfterTheStartTheRecentClosedDaysWeeksAndMonthsAreKept() {
        visitOn(LocalDate.of(2026, 3, 10));
        visitOn(LocalDate.of(2026, 11, 24));
        CountsKeeper keeper = new CountsKeeper(f.counts, f.centers, f.clock, scheduler);
        scheduler.runDue();
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count")).as("nothing before the minute").isZero();

        f.clock.advance(Duration.ofMinutes(1));
        scheduler.runDue();
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count WHERE grain = 'DAY' AND scope = 'main'"))
                .as("the 14 days before today").isEqualTo(14);
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count WHERE grain = 'WEEK' AND scope = 'main'"))
                .as("the 12 weeks before this one").isEqualTo(12);
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count WHERE grain = 'MONTH' AND scope = 'main'"))
                .as("the 24 months before this one").isEqualTo(24);
        assertThat(f.count("SELECT visits FROM signin.kept_count WHERE grain = 'MONTH' AND period_start = '2026-03-01'"))
                .isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count WHERE scope <> 'main'"))
                .as("one center: no network counts of its own").isZero();
        keeper.deactivate();
    }

    @Test
    void withSeveralCentersTheNetworkIsKeptTooAndTheNextDayTheNewlyClosedDay() {
        new org.hearth.platform.impl.PlatformCenters(f.platform, f.clock, new Center("north", "North"));
        visitOn(LocalDate.of(2026, 11, 24));
        CountsKeeper keeper = new CountsKeeper(f.counts, f.centers, f.clock, scheduler);
        f.clock.advance(Duration.ofMinutes(1));
        scheduler.runDue();
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count WHERE grain = 'MONTH' AND scope = '*'")).isEqualTo(24);

        f.visits.record(Optional.empty(), Set.of());
        f.clock.advance(Duration.ofDays(1));
        scheduler.runDue();
        assertThat(f.count("SELECT visits FROM signin.kept_count WHERE grain = 'DAY' AND scope = 'main'"
                + " AND period_start = '2026-11-25'")).as("yesterday, kept at the daily run").isEqualTo(1);
        assertThat(f.counts.count(Grain.DAY, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25), CountScope.of("main"))
                .get(0).visits()).isEqualTo(1);
        keeper.deactivate();
    }

    private void visitOn(LocalDate day) {
        Instant now = f.clock.instant();
        f.clock.set(day.atTime(12, 0).atZone(SignInFixture.ZONE).toInstant());
        f.visits.record(Optional.empty(), Set.of());
        f.clock.set(now);
    }
}
