package org.hearth.volunteers.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.hearth.api.PeerRole;
import org.hearth.api.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class ShiftBookTest {

    private final VolunteersFixture f = new VolunteersFixture();
    private final LocalDate friday = f.today().plusDays(4);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aShiftNeverGoesOverItsMaximum() {
        long shift = f.shift(friday, 1, 1, 2);
        f.book.pick(shift, f.volunteer("Ana"));
        f.book.pick(shift, f.volunteer("Ben"));
        String carla = f.volunteer("Carla");
        assertThatThrownBy(() -> f.book.pick(shift, carla)).isInstanceOf(Refusal.class).hasMessage("error.shift.full");
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.assignment")).isEqualTo(2);
    }

    @Test
    void pickingTwiceKeepsOnePlace() {
        long shift = f.shift(friday, 1, 1, 2);
        String ana = f.volunteer("Ana");
        f.book.pick(shift, ana);
        assertThat(f.book.pick(shift, ana).taken()).isEqualTo(1);
    }

    @Test
    void anOverlappingShiftIsRefusedKindly() {
        String ana = f.volunteer("Ana");
        f.book.pick(f.shift(friday, 1, 1, 2), ana);
        long later = f.shift("kitchen", friday.atTime(13, 0), friday.atTime(16, 0), new Shift.People(1, 1, 1));
        assertThatThrownBy(() -> f.book.pick(later, ana)).hasMessage("error.shift.overlap");
        long after = f.shift("kitchen", friday.atTime(14, 0), friday.atTime(16, 0), new Shift.People(1, 1, 1));
        assertThat(f.book.pick(after, ana).holds(ana)).isTrue();
    }

    @Test
    void onlyCoachesFacilitateAndNewcomersWaitTheirDays() {
        long group = f.shift("group_facilitator", friday.atTime(18, 0), friday.atTime(19, 30), new Shift.People(1, 1, 1));
        String ana = f.volunteer("Ana");
        assertThatThrownBy(() -> f.book.pick(group, ana)).hasMessage("error.shift.coach");
        String coach = f.person("Cody", EnumSet.of(Role.PEER_STAFF), Optional.of(PeerRole.RECOVERY_COACH));
        assertThat(f.book.pick(group, coach).holds(coach)).isTrue();

        String newcomer = f.people.register("Nia", Optional.empty(), Optional.empty()).id();
        f.accounts.save(newcomer, EnumSet.of(Role.VOLUNTEER), "4321");
        long calls = f.shift("outreach_calls", friday.atTime(10, 0), friday.atTime(12, 0), new Shift.People(1, 1, 2));
        assertThatThrownBy(() -> f.book.pick(calls, newcomer)).hasMessage("error.shift.days");
    }

    @Test
    void anAssociateTakesAnOverseenRoleOnlyWithACoachOrSupervisorOnTheShift() {
        long calls = f.shift("outreach_calls", friday.atTime(10, 0), friday.atTime(12, 0), new Shift.People(1, 2, 3));
        String associate = f.person("Ari", EnumSet.of(Role.PEER_STAFF), Optional.of(PeerRole.RECOVERY_ASSOCIATE));
        assertThatThrownBy(() -> f.book.pick(calls, associate)).hasMessage("error.shift.oversight");
        f.book.pick(calls, f.person("Sue", EnumSet.of(Role.SUPERVISOR), Optional.empty()));
        assertThat(f.book.pick(calls, associate).taken()).isEqualTo(2);
        long desk = f.shift(friday.plusDays(1), 1, 1, 1);
        assertThat(f.book.pick(desk, associate).holds(associate)).as("front desk needs no oversight").isTrue();
    }

    @Test
    void someoneNotScheduledForNowIsRefusedWithoutAReason() {
        String ana = f.volunteer("Ana");
        f.candidates.addLimits(person -> person.equals(ana) ? org.hearth.api.SchedulingLimit.NOT_NOW
                : org.hearth.api.SchedulingLimit.NONE);
        assertThatThrownBy(() -> f.book.pick(f.shift(friday, 1, 1, 2), ana)).hasMessage("error.shift.not.now");
        assertThat(f.book.pick(f.shift(friday, 1, 1, 2), f.volunteer("Ben")).taken()).isEqualTo(1);
    }

    @Test
    void aDropInsideTheLeadTimeNeedsACoverOrACoordinator() {
        long tomorrow = f.shift(f.today().plusDays(1), 1, 1, 2);
        String ana = f.volunteer("Ana");
        f.book.pick(tomorrow, ana);
        assertThatThrownBy(() -> f.book.drop(tomorrow, ana, Optional.empty())).hasMessage("error.drop.late");
        f.book.drop(tomorrow, ana, Optional.of("coordinator-1"));
        assertThat(f.plan.staffing(tomorrow).orElseThrow().taken()).isZero();

        long later = f.shift(friday, 1, 1, 2);
        f.book.pick(later, ana);
        f.book.drop(later, ana, Optional.empty());
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.schedule_change WHERE change_kind = 'DROPPED'")).isEqualTo(1);
    }

    @Test
    void aColleagueTakesAnOfferedSwapEvenWhenTheShiftIsFull() {
        long shift = f.shift(f.today().plusDays(1), 1, 1, 1);
        String ana = f.volunteer("Ana");
        String ben = f.volunteer("Ben");
        f.book.pick(shift, ana);
        assertThatThrownBy(() -> f.book.takeSwap(shift, ana, ben)).hasMessage("error.swap.gone");
        f.book.offerSwap(shift, ana, true);
        Staffing after = f.book.takeSwap(shift, ana, ben);
        assertThat(after.holds(ben)).isTrue();
        assertThat(after.holds(ana)).isFalse();
        assertThatThrownBy(() -> f.book.takeSwap(shift, ana, f.volunteer("Carla"))).hasMessage("error.swap.gone");
    }

    @Test
    void aStartedOrCancelledShiftCannotBePicked() {
        long today = f.shift("kitchen", f.today().atTime(8, 0), f.today().atTime(12, 0), new Shift.People(1, 1, 2));
        assertThatThrownBy(() -> f.book.pick(today, f.volunteer("Ana"))).hasMessage("error.shift.started");
        long shift = f.shift(friday, 1, 1, 2);
        f.plan.cancelOne(shift, true);
        assertThatThrownBy(() -> f.book.pick(shift, f.volunteer("Ben"))).hasMessage("error.shift.cancelled");
    }

    @Test
    void aPersonWithoutAnAccountCannotPick() {
        String member = f.people.register("Mo", Optional.empty(), Optional.empty()).id();
        assertThatThrownBy(() -> f.book.pick(f.shift(friday, 1, 1, 2), member)).hasMessage("error.shift.account");
        f.clock.advance(Duration.ZERO);
    }

    @Test
    void comingShiftsOfSomeoneHeldBackAreFreedWithNoReasonRecorded() {
        String ana = f.volunteer("Ana");
        String ben = f.volunteer("Ben");
        long shift = f.shift(friday, 1, 1, 3);
        f.book.pick(shift, ana);
        f.book.pick(shift, ben);
        f.candidates.addLimits(person -> person.equals(ana) ? org.hearth.api.SchedulingLimit.NOT_NOW
                : org.hearth.api.SchedulingLimit.NONE);
        assertThat(new HoldBack(f.volunteers, f.plan, f.book, f.candidates, f.scheduler).releaseHeldBack()).isEqualTo(1);
        Staffing now = f.plan.staffing(shift).orElseThrow();
        assertThat(now.holds(ana)).isFalse();
        assertThat(now.holds(ben)).isTrue();
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.schedule_change WHERE change_kind = 'REMOVED'"
                + " AND changed_by = 'kiosk'")).isEqualTo(1);
    }

    @Test
    void aVolunteerServesInARoleWhileHoldingItsShiftsAroundToday() {
        String ana = f.volunteer("Ana");
        ShiftDuties duties = new ShiftDuties(f.volunteers, f.plan);
        assertThat(duties.serves(ana, org.hearth.api.Duties.OUTREACH_CALLS)).isFalse();
        long calls = f.shift("outreach_calls", friday.atTime(10, 0), friday.atTime(12, 0), new Shift.People(1, 1, 2));
        f.book.pick(calls, ana);
        assertThat(duties.serves(ana, org.hearth.api.Duties.OUTREACH_CALLS)).isTrue();
        assertThat(duties.serves(ana, "kitchen")).isFalse();
        f.clock.advance(Duration.ofDays(40));
        assertThat(duties.serves(ana, org.hearth.api.Duties.OUTREACH_CALLS)).as("a month later").isFalse();
    }
}
