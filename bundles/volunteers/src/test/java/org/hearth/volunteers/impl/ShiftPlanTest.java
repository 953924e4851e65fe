package org.hearth.volunteers.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class ShiftPlanTest {

    private final VolunteersFixture f = new VolunteersFixture();
    private final LocalDate monday = f.today();

    @AfterEach
    void close() {
        f.close();
    }

    private long weekly(DayOfWeek day, LocalTime start, LocalTime end) {
        return f.plan.addWeekly(new WeeklyShift(0, "front_desk", Optional.of("Front room"), day, start, end,
                new Shift.People(1, 2, 3), monday, Optional.empty()));
    }

    @Test
    void aTemplateMakesOneShiftPerWeekOnceEvenWhenLookedAtTwice() {
        weekly(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0));
        f.plan.staffing(monday, monday.plusDays(20));
        List<Staffing> shifts = f.plan.staffing(monday, monday.plusDays(20));
        assertThat(shifts).extracting(s -> s.shift().day()).containsExactly(monday.plusDays(2), monday.plusDays(9),
                monday.plusDays(16));
    }

    @Test
    void aNightShiftEndsTheNextMorning() {
        weekly(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0));
        Shift night = f.plan.staffing(monday, monday.plusDays(6)).get(0).shift();
        assertThat(night.start()).isEqualTo(monday.plusDays(4).atTime(22, 0));
        assertThat(night.end()).isEqualTo(monday.plusDays(5).atTime(2, 0));
        assertThat(night.length().toHours()).isEqualTo(4);
    }

    @Test
    void aClosedDaySkipsItsTemplateShiftsAndCallsOffThoseMade() {
        weekly(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(13, 0));
        LocalDate thursday = monday.plusDays(3);
        f.plan.staffing(monday, monday.plusDays(6));
        f.plan.closeDay(thursday, Optional.of("Holiday"));
        assertThat(f.plan.staffing(monday, monday.plusDays(6))).allMatch(s -> s.shift().cancelled());
        f.plan.closeDay(thursday.plusDays(7), Optional.empty());
        assertThat(f.plan.staffing(thursday.plusDays(7), thursday.plusDays(7))).isEmpty();
        f.plan.reopenDay(thursday.plusDays(7));
        assertThat(f.plan.staffing(thursday.plusDays(7), thursday.plusDays(7))).hasSize(1);
    }

    @Test
    void changingOneDateLeavesTheRestOfTheSeries() {
        weekly(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0));
        List<Staffing> two = f.plan.staffing(monday, monday.plusDays(13));
        Shift first = two.get(0).shift();
        f.plan.changeOne(first.id(), Optional.of("Kitchen"), first.start().plusHours(1), first.end().plusHours(1),
                new Shift.People(0, 1, 1));
        List<Staffing> again = f.plan.staffing(monday, monday.plusDays(13));
        assertThat(again).hasSize(2);
        assertThat(again.get(0).shift().start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(again.get(0).shift().place()).contains("Kitchen");
        assertThat(again.get(1).shift().start().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void absurdShiftsAreRefusedWithAKindKey() {
        assertThatThrownBy(() -> new Shift.People(3, 2, 4)).hasMessage("error.people");
        assertThatThrownBy(() -> new Shift.People(1, 1, 1000)).hasMessage("error.people");
        assertThatThrownBy(() -> f.plan.addOneOff("kitchen", Optional.empty(), monday.atTime(12, 0),
                monday.atTime(11, 0), new Shift.People(1, 1, 1))).hasMessage("error.times.order");
        assertThatThrownBy(() -> f.plan.addOneOff("kitchen", Optional.empty(), monday.atTime(12, 0),
                monday.plusDays(2).atTime(11, 0), new Shift.People(1, 1, 1))).hasMessage("error.times.long");
        assertThatThrownBy(() -> new WeeklyShift(0, "kitchen", Optional.empty(), DayOfWeek.MONDAY, LocalTime.NOON,
                LocalTime.NOON, new Shift.People(1, 1, 1), monday, Optional.empty())).hasMessage("error.times");
    }

    @Test
    void endingATemplateKeepsTheShiftsSomeoneHolds() {
        long template = weekly(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0));
        List<Staffing> made = f.plan.staffing(monday, monday.plusDays(20));
        f.book.pick(made.get(2).shift().id(), f.volunteer("Ana"));
        f.plan.endWeekly(template, monday);
        assertThat(f.plan.staffing(monday, monday.plusDays(20))).hasSize(1).allMatch(s -> s.taken() == 1);
    }
}
