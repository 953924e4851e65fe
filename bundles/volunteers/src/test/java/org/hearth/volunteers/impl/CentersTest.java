package org.hearth.volunteers.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Count;
import org.hearth.api.CountScope;
import org.hearth.api.Period;
import org.hearth.volunteers.impl.VolunteersFixture.AtCenter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** Two centers' hosts, north and south, on one database: each its own schedule, hours and figures. */
@Tag("database")
class CentersTest {

    private static final Shift.People PEOPLE = new Shift.People(1, 1, 3);

    private final VolunteersFixture f = new VolunteersFixture();
    private final AtCenter north = f.at("north");
    private final AtCenter south = f.at("south");

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void eachCenterSeesOnlyItsOwnShiftsClosedDaysAndChanges() {
        LocalDate day = f.today().plusDays(3);
        String ana = f.volunteer("Ana");
        long atNorth = north.plan().addOneOff("front_desk", Optional.of("North room"), day.atTime(9, 0),
                day.atTime(11, 0), PEOPLE);
        long atSouth = south.plan().addOneOff("kitchen", Optional.of("South kitchen"), day.atTime(13, 0),
                day.atTime(15, 0), PEOPLE);
        south.plan().addWeekly(new WeeklyShift(0, "front_desk", Optional.empty(), day.getDayOfWeek(), LocalTime.of(17, 0),
                LocalTime.of(19, 0), PEOPLE, f.today(), Optional.empty()));
        north.plan().closeDay(day.plusDays(1), Optional.of("Staff day"));
        north.book().pick(atNorth, ana);
        south.book().pick(atSouth, ana);
        long sameTime = south.plan().addOneOff("kitchen", Optional.empty(), day.atTime(10, 0), day.atTime(12, 0), PEOPLE);
        assertThatThrownBy(() -> south.book().pick(sameTime, ana)).as("nobody is at two centers at once")
                .hasMessage("error.shift.overlap");

        assertThat(north.plan().staffing(day, day)).extracting(s -> s.shift().id()).containsExactly(atNorth);
        assertThat(south.plan().staffing(day, day)).as("its one-offs and its template's shift")
                .extracting(s -> s.shift().start().toLocalTime())
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(13, 0), LocalTime.of(17, 0));
        assertThat(north.plan().weekly()).isEmpty();
        assertThat(south.plan().weekly()).hasSize(1);
        assertThat(north.plan().closedDays(day, day.plusDays(7))).containsExactly(day.plusDays(1));
        assertThat(south.plan().closedDays(day, day.plusDays(7))).as("closed at north only").isEmpty();
        south.plan().closeDay(day.plusDays(1), Optional.empty());
        assertThat(south.plan().closedDays(day, day.plusDays(7))).as("both may close the same day").hasSize(1);
        assertThat(north.plan().staffing(day.plusDays(1), day.plusDays(1))).isEmpty();

        assertThat(north.book().held(ana, day, day)).extracting(s -> s.shift().id()).containsExactly(atNorth);
        assertThat(south.book().held(ana, day, day)).extracting(s -> s.shift().id()).containsExactly(atSouth);
        assertThat(north.book().heldEverywhere(ana, day, day)).as("her own calendar: both")
                .extracting(s -> s.shift().id()).containsExactly(atNorth, atSouth);
        assertThat(north.book().changes(f.plan.now().minusDays(1), 10)).extracting(ScheduleChange::roleCode)
                .containsExactly("front_desk");
        assertThat(f.plan.staffing(day, day)).as("the default center has nothing").isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.shift WHERE center_id IS NULL")).isZero();
    }

    @Test
    void aRoleACenterAddsIsItsOwnWhileTheNetworksRolesAreEveryCentersToo() {
        ShiftRole garden = south.roles().save(new ShiftRole(RoleList.codeFor("Garden"), "Garden", Optional.of("Huerto"),
                false, 0, false));
        assertThat(garden.code()).isEqualTo("garden");
        assertThat(south.roles().byCode()).containsKeys("garden", "front_desk", "kitchen");
        assertThat(north.roles().byCode()).containsKeys("front_desk", "kitchen").doesNotContainKey("garden");

        ShiftRole ours = north.roles().save(new ShiftRole("garden", "Garden", Optional.empty(), true, 30, false));
        assertThat(ours.code()).as("south's code is taken").isEqualTo("garden_north");
        assertThat(north.roles().byCode()).containsKey("garden_north").doesNotContainKey("garden");
        assertThat(south.roles().byCode().get("garden").needsCoach()).as("south's role untouched").isFalse();
    }

    @Test
    void hoursAndStipendsAreCountedPerCenterAndTheNetworkCountsAVolunteerOnce() {
        f.clock.advance(Duration.ofDays(-1));
        LocalDate day = f.today().plusDays(1);
        String ana = f.volunteer("Ana");
        String ben = f.volunteer("Ben");
        long atNorth = north.plan().addOneOff("front_desk", Optional.empty(), day.atTime(10, 0), day.atTime(12, 0), PEOPLE);
        long atSouth = south.plan().addOneOff("front_desk", Optional.empty(), day.atTime(13, 0), day.atTime(15, 0), PEOPLE);
        north.book().pick(atNorth, ana);
        south.book().pick(atSouth, ana);
        south.book().pick(atSouth, ben);
        f.clock.advance(Duration.ofDays(1).plusMinutes(60));                // Monday 10:00
        north.timeclock().checkIn(ana);
        assertThatThrownBy(() -> north.timeclock().checkIn(ben)).as("Ben's shift is at south").isInstanceOf(Refusal.class);
        f.clock.advance(Duration.ofMinutes(120));
        north.timeclock().checkOut(ana);
        f.clock.advance(Duration.ofMinutes(60));                            // 13:00
        south.timeclock().checkIn(ana);
        south.timeclock().checkIn(ben);
        f.clock.advance(Duration.ofMinutes(60));
        south.timeclock().checkOut(ana);
        south.timeclock().checkOut(ben);

        assertThat(north.hours().waiting()).hasSize(1);
        assertThat(south.hours().waiting()).hasSize(2);
        north.hours().waiting().forEach(w -> north.hours().approve(w.entry().id(), "coord"));
        south.hours().waiting().forEach(w -> south.hours().approve(w.entry().id(), "coord"));
        assertThat(north.ledger().balance(ana).accrued()).as("one ledger: her hours at both").isEqualTo(3750);
        assertThat(north.ledger().balances()).extracting(StipendLedger.Balance::personId).containsExactly(ana);
        assertThat(south.ledger().balances()).extracting(StipendLedger.Balance::personId)
                .containsExactlyInAnyOrder(ana, ben);
        assertThat(north.ledger().approve(ana, "coord")).isEqualTo(3750);
        south.ledger().pay(ana, 3750, f.today(), LedgerEntry.Method.CASH, "coord");
        assertThat(north.ledger().entries(day, day)).extracting(LedgerEntry::kind)
                .containsExactly(LedgerEntry.Kind.ACCRUAL, LedgerEntry.Kind.APPROVAL);
        assertThat(south.ledger().entries(day, day)).extracting(LedgerEntry::kind)
                .containsExactly(LedgerEntry.Kind.ACCRUAL, LedgerEntry.Kind.ACCRUAL, LedgerEntry.Kind.PAYMENT);

        VolunteerCounts counts = new VolunteerCounts(f.volunteers);
        assertThat(counts.countsByCenter()).isTrue();
        expect(counts, VolunteerCounts.HOURS, "2.00", "2.00", "4.00");
        expect(counts, VolunteerCounts.PEOPLE, "1", "2", "2");
        expect(counts, VolunteerCounts.ACCRUED, "25.00", "25.00", "50.00");
        assertThat(values(counts, VolunteerCounts.PAID, CountScope.of("north"))).isEmpty();
        expect(counts, VolunteerCounts.PAID, null, "37.50", "37.50");
        assertThat(values(counts, VolunteerCounts.PEOPLE, CountScope.of("main"))).isEmpty();
    }

    @Test
    void rowsFromBeforeCentersBecomeTheFirstStartingKiosksCenter() {
        LocalDate day = f.today().plusDays(2);
        String ana = f.volunteer("Ana");
        long shift = f.shift(day, 1, 1, 2);
        f.plan.addWeekly(new WeeklyShift(0, "kitchen", Optional.empty(), DayOfWeek.SATURDAY, LocalTime.NOON,
                LocalTime.of(14, 0), PEOPLE, f.today(), Optional.empty()));
        f.plan.closeDay(day.plusDays(1), Optional.empty());
        f.ledger.adjust(ana, 500, "bus fare", "coord");
        f.volunteers.jdbi().useHandle(h -> h.execute("INSERT INTO volunteers.time_entry (shift_id, person_id, role_code,"
                + " checked_in) VALUES (?, ?, 'front_desk', CURRENT_TIMESTAMP)", shift, ana));
        List<String> tables = List.of("shift", "shift_template", "center_closed_day", "time_entry", "stipend_entry");
        f.volunteers.jdbi().useHandle(h -> tables.forEach(t -> h.execute("UPDATE volunteers." + t + " SET center_id = NULL")));

        ShiftPlan east = new ShiftPlan(f.volunteers, f.clock, "east");

        assertThat(east.staffing(day, day)).extracting(s -> s.shift().id()).containsExactly(shift);
        assertThat(east.weekly()).hasSize(1);
        assertThat(east.closedDays(day, day.plusDays(1))).containsExactly(day.plusDays(1));
        for (String table : tables) {
            assertThat(f.count("SELECT COUNT(*) FROM volunteers." + table + " WHERE center_id = 'east'")).as(table)
                    .isPositive();
        }
        ShiftPlan west = new ShiftPlan(f.volunteers, f.clock, "west");
        assertThat(west.staffing(day, day)).as("adopted once").isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.shift WHERE center_id <> 'east'")).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.shift_role WHERE center_id IS NOT NULL"))
                .as("the roles from before stay the network's").isZero();
    }

    private static void expect(VolunteerCounts counts, String measure, String north, String south, String network) {
        if (north != null) {
            assertThat(values(counts, measure, CountScope.of("north"))).as(measure + " at north")
                    .containsExactly(new BigDecimal(north));
        }
        assertThat(values(counts, measure, CountScope.of("south"))).as(measure + " at south")
                .containsExactly(new BigDecimal(south));
        assertThat(values(counts, measure, CountScope.NETWORK)).as(measure + " in the network")
                .containsExactly(new BigDecimal(network));
        assertThat(counts.count(measure, MONTH, MONTH, Period.MONTH)).extracting(Count::value)
                .as("without a scope: the network").containsExactly(new BigDecimal(network));
    }

    private static final LocalDate MONTH = LocalDate.of(2026, 12, 1);

    private static List<BigDecimal> values(VolunteerCounts counts, String measure, CountScope scope) {
        return counts.count(measure, MONTH, MONTH, Period.MONTH, scope).stream().map(Count::value).toList();
    }
}
