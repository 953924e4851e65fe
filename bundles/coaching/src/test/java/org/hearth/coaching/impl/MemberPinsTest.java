package org.hearth.coaching.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class MemberPinsTest {

    private final CoachingFixture f = new CoachingFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void thePinIsHashedAndLocksAfterFiveWrongTriesForAWhile() {
        String ana = f.member("Ana");
        assertThat(f.pins.check(ana, "2468")).isEqualTo(MemberPins.Outcome.NONE);
        f.pins.choose(ana, "2468");
        assertThat(f.count("SELECT COUNT(*) FROM coaching.member_pin WHERE pin_hash LIKE '$2%'")).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM coaching.member_pin WHERE pin_hash = '2468'")).isZero();
        assertThat(f.pins.check(ana, "2468")).isEqualTo(MemberPins.Outcome.RIGHT);
        for (int i = 1; i < MemberPins.MAX_TRIES; i++) {
            assertThat(f.pins.check(ana, "1111")).isEqualTo(MemberPins.Outcome.WRONG);
        }
        assertThat(f.pins.check(ana, "1111")).isEqualTo(MemberPins.Outcome.LOCKED);
        assertThat(f.pins.check(ana, "2468")).as("locked even with the right PIN").isEqualTo(MemberPins.Outcome.LOCKED);
        f.clock.advance(MemberPins.LOCK.plus(Duration.ofSeconds(1)));
        assertThat(f.pins.check(ana, "2468")).isEqualTo(MemberPins.Outcome.RIGHT);
    }

    @Test
    void aPinHasFourToTwelveDigits() {
        String ana = f.member("Ana");
        assertThatThrownBy(() -> f.pins.choose(ana, "12")).hasMessage("error.pin.digits");
        assertThatThrownBy(() -> f.pins.choose(ana, "12ab")).hasMessage("error.pin.digits");
        assertThat(f.pins.has(ana)).isFalse();
    }
}
