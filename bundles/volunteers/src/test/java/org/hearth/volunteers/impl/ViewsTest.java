package org.hearth.volunteers.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.testkit.Screen.allText;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.has;
import static org.hearth.testkit.Screen.set;
import static org.hearth.testkit.Screen.text;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.Role;
import org.hearth.api.SchedulingLimit;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ViewsTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private final VolunteersFixture f = new VolunteersFixture();
    private final LocalDate friday = f.today().plusDays(4);

    @AfterEach
    void close() {
        f.close();
    }

    private MyShiftsView mine(String personId, String name, Locale locale) {
        return new MyShiftsView(f.services(), new org.hearth.testkit.TestContext(Viewer.staff(Role.VOLUNTEER, personId, name),
                locale));
    }

    private WeekBoard board(Locale locale) {
        String dana = f.person("Dana", EnumSet.of(Role.COORDINATOR), Optional.empty());
        return new WeekBoard(f.services(), new org.hearth.testkit.TestContext(Viewer.staff(Role.COORDINATOR, dana, "Dana"),
                locale));
    }

    @Test
    void aVolunteerPicksAnOpenShiftAndSeesItAsTheirs() {
        String ana = f.volunteer("Ana");
        long shift = f.shift(friday, 1, 1, 2);
        MyShiftsView view = mine(ana, "Ana", Locale.ENGLISH);
        assertThat(allText(view)).contains("Open shifts this week and next", "Front desk", "Front room");
        click(view, "my-pick-" + shift);
        assertThat(text(view, "my-message")).isEqualTo("It's yours. Thank you!");
        assertThat(has(view, "my-drop-" + shift)).isTrue();
        assertThat(has(view, "my-pick-" + shift)).isFalse();
    }

    @Test
    void theLastPlaceTakenMeanwhileIsRefusedKindlyAndTheScreenCatchesUp() {
        String ana = f.volunteer("Ana");
        long shift = f.shift(friday, 1, 1, 1);
        MyShiftsView view = mine(ana, "Ana", Locale.ENGLISH);
        f.book.pick(shift, f.volunteer("Ben"));
        click(view, "my-pick-" + shift);
        assertThat(text(view, "my-message")).isEqualTo("Someone just took the last place. Thank you for offering!");
        assertThat(has(view, "my-pick-" + shift)).isFalse();
    }

    @Test
    void aDropAsksOnceMoreAndInsideTheLeadTimePointsToASwap() {
        String ana = f.volunteer("Ana");
        long tomorrow = f.shift(f.today().plusDays(1), 1, 1, 2);
        f.book.pick(tomorrow, ana);
        MyShiftsView view = mine(ana, "Ana", ES);
        click(view, "my-drop-" + tomorrow);
        assertThat(text(view, "my-drop-" + tomorrow)).isEqualTo("Sí, dejarlo");
        click(view, "my-drop-" + tomorrow);
        assertThat(text(view, "my-message")).contains("menos de 48 horas");
        click(view, "my-swap-" + tomorrow);
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.assignment WHERE swap_offered = TRUE")).isEqualTo(1);
    }

    @Test
    void someoneNotScheduledForNowSeesAKindLineAndNoOpenShifts() {
        String ana = f.volunteer("Ana");
        long shift = f.shift(friday, 1, 1, 2);
        f.candidates.addLimits(p -> SchedulingLimit.NOT_NOW);
        MyShiftsView view = mine(ana, "Ana", Locale.ENGLISH);
        assertThat(allText(view)).contains("Your coordinator will talk with you about shifts.");
        assertThat(has(view, "my-pick-" + shift)).isFalse();
    }

    @Test
    void aVolunteerChecksInAndOutOfTheShiftOnNow() {
        f.clock.advance(Duration.ofDays(-1));
        long shift = f.shift(f.today().plusDays(1), 1, 1, 2);
        String ana = f.volunteer("Ana");
        f.book.pick(shift, ana);
        f.clock.advance(Duration.ofDays(1).plusMinutes(50));
        MyShiftsView view = mine(ana, "Ana", Locale.ENGLISH);
        click(view, "clock-in");
        assertThat(text(view, "my-message")).isEqualTo("You are checked in. Have a good shift!");
        f.clock.advance(Duration.ofMinutes(90));
        click(view, "clock-out");
        assertThat(text(view, "my-hours")).isEqualTo("Your hours this month: 1 h 30 min");
    }

    @Test
    void theCalendarLinkIsPrivateAndRenewable() {
        String ana = f.volunteer("Ana");
        MyShiftsView view = mine(ana, "Ana", Locale.ENGLISH);
        click(view, "my-calendar-show");
        String first = text(view, "my-calendar-link");
        assertThat(first).contains(CalendarLinks.PATH + "?key=");
        click(view, "my-calendar-renew");
        assertThat(text(view, "my-calendar-link")).isNotEqualTo(first);
        assertThat(f.links.owner(first.substring(first.indexOf("key=") + 4))).isEmpty();
    }

    @Test
    void theBoardMarksGapsInWordsAndTheCoordinatorAddsAWeeklyShift() {
        f.plan.addWeekly(new WeeklyShift(0, "kitchen", Optional.empty(), DayOfWeek.THURSDAY, LocalTime.of(11, 0),
                LocalTime.of(14, 0), new Shift.People(2, 3, 4), f.today(), Optional.empty()));
        WeekBoard board = board(Locale.ENGLISH);
        assertThat(allText(board)).contains("Kitchen", "0 of 4", "below minimum");
        click(board, "board-new-weekly");
        set(board, "shift-form-weekday", DayOfWeek.SATURDAY);
        set(board, "shift-form-start", LocalTime.of(22, 0));
        set(board, "shift-form-end", LocalTime.of(2, 0));
        click(board, "shift-form-save");
        assertThat(text(board, "board-message")).isEqualTo("Saved.");
        assertThat(f.plan.weekly()).hasSize(2);
        assertThat(allText(board)).contains("Front desk");
    }

    @Test
    void absurdPeopleAreRefusedOnTheFormAndNothingIsSaved() {
        WeekBoard board = board(ES);
        click(board, "board-new-one");
        set(board, "shift-form-max", 500);
        click(board, "shift-form-save");
        assertThat(text(board, "shift-form-message")).startsWith("Revisa los números");
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.shift")).isZero();
    }

    @Test
    void theCoordinatorRemovesSomeoneInsideTheLeadTime() {
        String ana = f.volunteer("Ana");
        long tomorrow = f.shift(f.today().plusDays(1), 1, 1, 2);
        f.book.pick(tomorrow, ana);
        WeekBoard board = board(Locale.ENGLISH);
        click(board, "board-shift-" + tomorrow);
        assertThat(allText(board)).contains("Ana");
        click(board, "shift-remove-" + ana);
        assertThat(text(board, "shift-message")).isEqualTo("Saved.");
        assertThat(f.plan.staffing(tomorrow).orElseThrow().taken()).isZero();
        click(board, "shift-back");
        assertThat(allText(board)).contains("Ana was taken off Front desk");
    }

    @Test
    void theTilesSayTheVolunteersNextShiftAndTheCoordinatorsGaps() {
        String ana = f.volunteer("Ana");
        long shift = f.shift(friday, 2, 2, 3);
        Notices notices = new Notices(f.services());
        assertThat(notices.forVolunteer(ana, Locale.ENGLISH)).isEmpty();
        assertThat(notices.forCoordinator(ES)).contains("1 turno esta semana por debajo del mínimo");
        f.book.pick(shift, ana);
        assertThat(new Notices(f.services()).forVolunteer(ana, Locale.ENGLISH)).hasValueSatisfying(
                line -> assertThat(line).startsWith("Next shift: 12/11/26"));
    }

    @Test
    void theCoordinatorAddsARoleAndEndsAWeeklyShift() {
        long template = f.plan.addWeekly(new WeeklyShift(0, "kitchen", Optional.empty(), DayOfWeek.THURSDAY,
                LocalTime.of(11, 0), LocalTime.of(14, 0), new Shift.People(1, 1, 2), f.today(), Optional.empty()));
        WeekBoard board = board(Locale.ENGLISH);
        click(board, "board-roles");
        set(board, "roles-name-en", "Garden");
        set(board, "roles-days", 30);
        click(board, "roles-save");
        assertThat(text(board, "roles-message")).isEqualTo("Saved.");
        assertThat(f.roles.byCode().get("garden").minDays()).isEqualTo(30);
        set(board, "roles-name-en", "");
        click(board, "roles-save");
        assertThat(text(board, "roles-message")).startsWith("Please give the role a name");

        click(board, "roles-back");
        click(board, "board-weekly");
        assertThat(allText(board)).contains("Every Thursday: Kitchen");
        click(board, "weekly-end-" + template);
        assertThat(text(board, "weekly-message")).startsWith("Ended.");
        assertThat(f.plan.weekly().get(0).until()).contains(f.today());
    }

    @Test
    void aLongListOfOpenShiftsShowsAFewAtATime() {
        String ana = f.volunteer("Ana");
        for (int i = 0; i < MyShiftsView.OPEN_STEP + 3; i++) {
            f.shift("kitchen", friday.atTime(8 + i, 0), friday.atTime(9 + i, 0), new Shift.People(1, 1, 1));
        }
        MyShiftsView view = mine(ana, "Ana", Locale.ENGLISH);
        assertThat(org.hearth.testkit.Screen.all(view).filter(c -> c.getId().orElse("").startsWith("my-pick-")))
                .hasSize(MyShiftsView.OPEN_STEP);
        assertThat(text(view, "my-open-more")).isEqualTo("Show more open shifts (3 more)");
        click(view, "my-open-more");
        assertThat(org.hearth.testkit.Screen.all(view).filter(c -> c.getId().orElse("").startsWith("my-pick-")))
                .hasSize(MyShiftsView.OPEN_STEP + 3);
        assertThat(has(view, "my-open-more")).isFalse();
    }
}
