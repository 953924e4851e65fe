package org.hearth.volunteers.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class TimeclockTest {

    private final VolunteersFixture f = new VolunteersFixture();

    @AfterEach
    void close() {
        f.close();
    }

    /** Ana holds today's 10:00–14:00 shift, picked yesterday; the clock is set to {@code hh:mm} today. */
    private String anaOnToday() {
        f.clock.advance(Duration.ofDays(-1));
        LocalDate day = f.today().plusDays(1);
        long shift = f.shift(day, 1, 1, 2);
        String ana = f.volunteer("Ana");
        f.book.pick(shift, ana);
        f.clock.advance(Duration.ofDays(1));
        return ana;
    }

    @Test
    void checkingInAndOutCountsTheMinutes() {
        String ana = anaOnToday();
        assertThatThrownBy(() -> f.timeclock.checkIn(ana)).as("9:00 is before the 30-minute window")
                .hasMessage("error.checkin.none");
        f.clock.advance(Duration.ofMinutes(35));
        TimeEntry in = f.timeclock.checkIn(ana);
        assertThat(f.timeclock.checkIn(ana).id()).as("a second tap changes nothing").isEqualTo(in.id());
        f.clock.advance(Duration.ofMinutes(200));
        TimeEntry out = f.timeclock.checkOut(ana);
        assertThat(out.minutes()).contains(200);
        assertThat(f.timeclock.minutes(ana, f.today().withDayOfMonth(1), f.today())).isEqualTo(200);
        assertThatThrownBy(() -> f.timeclock.checkOut(ana)).hasMessage("error.checkout.none");
    }

    @Test
    void theRoundingRuleRoundsToTheNearestStep() {
        ShiftSettings.Rules quarter = ShiftSettings.read(Map.of("rounding_minutes", "15"));
        assertThat(quarter.round(52)).isEqualTo(45);
        assertThat(quarter.round(53)).isEqualTo(60);
        assertThat(ShiftSettings.read(Map.of("rounding_minutes", "5")).round(202)).isEqualTo(200);
        assertThat(ShiftSettings.read(Map.of("rounding_minutes", "7")).roundingMinutes()).as("not a rule").isZero();
        assertThat(ShiftSettings.read(Map.of("lead_time_hours", "-3")).leadTime()).isEqualTo(Duration.ofHours(48));
        assertThat(ShiftSettings.read(Map.of()).round(203)).isEqualTo(203);
    }

    @Test
    void aForgottenCheckOutIsClosedAtTheShiftsEndAndFlagged() {
        String ana = anaOnToday();
        f.clock.advance(Duration.ofHours(1));
        f.timeclock.checkIn(ana);
        f.clock.advance(Duration.ofHours(4));
        assertThat(f.timeclock.closeForgotten()).as("14:00 + 60 min late window not passed").isZero();
        f.clock.advance(Duration.ofHours(2));
        assertThat(f.timeclock.closeForgotten()).isEqualTo(1);
        TimeEntry closed = f.timeclock.closed(f.today(), f.today()).get(0);
        assertThat(closed.autoClosed()).isTrue();
        assertThat(closed.minutes()).contains(240);
        assertThat(f.timeclock.open(ana)).isEmpty();
    }

    @Test
    void aLateCheckInIsRefusedKindly() {
        String ana = anaOnToday();
        f.clock.advance(Duration.ofHours(3));
        assertThatThrownBy(() -> f.timeclock.checkIn(ana)).hasMessage("error.checkin.late");
    }
}
