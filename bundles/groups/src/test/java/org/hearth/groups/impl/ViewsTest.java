package org.hearth.groups.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.testkit.Screen.allText;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.has;
import static org.hearth.testkit.Screen.set;
import static org.hearth.testkit.Screen.text;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ViewsTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private final GroupsFixture f = new GroupsFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private TodayGroupsView today(String personId, Role role, Locale locale) {
        return new TodayGroupsView(f.services(), new org.hearth.testkit.TestContext(Viewer.staff(role, personId, "Fac"), locale));
    }

    @Test
    void theFacilitatorStartsTheSessionTakesTheRosterAndTheHeadcount() {
        String fac = f.staff("Faye", Role.PEER_STAFF);
        long group = f.weekly("SMART", DayOfWeek.WEDNESDAY, fac);
        f.weekly("Not mine", DayOfWeek.WEDNESDAY);
        Session s = f.sessions.between(f.today(), f.today()).stream().filter(x -> x.groupId() == group).findFirst()
                .orElseThrow();
        String ana = f.member("Ana");
        f.attendance.signedIn(s.id(), Optional.of(ana));
        TodayGroupsView view = today(fac, Role.PEER_STAFF, Locale.ENGLISH);
        assertThat(allText(view)).contains("SMART").doesNotContain("Not mine");
        click(view, "session-open-" + s.id());
        click(view, "session-start");
        assertThat(text(view, "session-message")).isEqualTo("Started. Have a good group!");
        assertThat(has(view, "session-start")).isFalse();
        assertThat(org.hearth.testkit.Screen.get(view, "roster-" + ana, com.vaadin.flow.component.checkbox.Checkbox.class)
                .getLabel()).isEqualTo("Ana T. (signed in)");
        set(view, "session-headcount", 0);
        click(view, "session-headcount-save");
        assertThat(text(view, "session-totals")).startsWith("Counted once: 1 (1 named");
        assertThat(allText(view)).contains("The headcount was lower");
        set(view, "session-topic", "Boundaries");
        click(view, "session-topic-save");
        assertThat(f.sessions.find(s.id()).orElseThrow().topic()).contains("Boundaries");
        assertThat(f.count("SELECT COUNT(*) FROM platform.audit_entry WHERE action = 'groups.roster.view'"))
                .isPositive();
    }

    @Test
    void aMemberIsAddedToTheRosterByTheirMaskedName() {
        String fac = f.staff("Faye", Role.VOLUNTEER);
        f.weekly("SMART", DayOfWeek.WEDNESDAY, fac);
        Session s = f.sessions.between(f.today(), f.today()).get(0);
        String bo = f.member("Bolivar");
        TodayGroupsView view = today(fac, Role.VOLUNTEER, ES);
        click(view, "session-open-" + s.id());
        set(view, "roster-add-name", "Bol");
        click(view, "roster-add-match-0");
        assertThat(text(view, "session-message")).isEqualTo("Lista guardada.");
        assertThat(f.attendance.named(s.id())).extracting(Attendance.Named::personId).containsExactly(bo);
    }

    @Test
    void someoneElsesSessionIsRefusedKindly() {
        String fac = f.staff("Faye", Role.PEER_STAFF);
        f.weekly("Other", DayOfWeek.WEDNESDAY, f.staff("Otto", Role.PEER_STAFF));
        Session s = f.sessions.between(f.today(), f.today()).get(0);
        TodayGroupsView view = today(fac, Role.PEER_STAFF, Locale.ENGLISH);
        assertThat(allText(view)).contains("No groups of yours today.");
        view.showSession(s.id());
        assertThat(text(view, "session-message")).startsWith("This session is run by its facilitators");
        assertThat(has(view, "session-totals")).isFalse();
    }

    @Test
    void theCoordinatorCreatesAGroupAndCallsOffASessionWhichVisitorsSee() throws Exception {
        String dana = f.staff("Dana", Role.COORDINATOR);
        GroupsManageView manage = new GroupsManageView(f.services(), new org.hearth.testkit.TestContext(
                Viewer.staff(Role.COORDINATOR, dana, "Dana"), Locale.ENGLISH));
        click(manage, "manage-new");
        set(manage, "group-form-name", "Refuge Recovery");
        set(manage, "group-form-pathway", "refuge");
        set(manage, "group-form-weekday", DayOfWeek.FRIDAY);
        click(manage, "group-form-save");
        assertThat(has(manage, "group-form-message") ? text(manage, "group-form-message") : "").isEmpty();
        assertThat(text(manage, "manage-message")).isEqualTo("Saved.");
        long id = f.groups.list(false).get(0).id();
        click(manage, "manage-sessions-" + id);
        Session first = f.sessions.between(f.today(), f.today().plusDays(7)).get(0);
        set(manage, "sessions-note-" + first.id(), "Room being painted");
        click(manage, "sessions-cancel-" + first.id());

        GroupsWeekView week = new GroupsWeekView(f.services(), new org.hearth.testkit.TestContext(Viewer.VISITOR, ES));
        assertThat(allText(week)).contains("Refuge Recovery", "No se reúne esta vez: Room being painted");
    }

    @Test
    void aGroupWithoutANameIsRefusedOnTheForm() {
        String dana = f.staff("Dana", Role.COORDINATOR);
        GroupsManageView manage = new GroupsManageView(f.services(), new org.hearth.testkit.TestContext(
                Viewer.staff(Role.COORDINATOR, dana, "Dana"), ES));
        click(manage, "manage-new");
        click(manage, "group-form-save");
        assertThat(text(manage, "group-form-message")).startsWith("Dale un nombre");
        assertThat(f.groups.list(true)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinatorsFiguresCountEachPersonOnceByGroupAndByPathway() {
        String dana = f.staff("Dana", Role.COORDINATOR);
        f.weekly("SMART Wednesday", DayOfWeek.WEDNESDAY);
        f.weekly("SMART Thursday", DayOfWeek.THURSDAY);
        String ana = f.member("Ana");
        for (Session s : f.sessions.between(f.today(), f.today().plusDays(1))) {
            f.attendance.present(s.id(), ana);
            f.attendance.signedIn(s.id(), Optional.empty());
        }
        GroupsManageView manage = new GroupsManageView(f.services(), new org.hearth.testkit.TestContext(
                Viewer.staff(Role.COORDINATOR, dana, "Dana"), Locale.ENGLISH));
        click(manage, "manage-report");
        var byGroup = org.hearth.testkit.Screen.get(manage, "report-groups", com.vaadin.flow.component.grid.Grid.class)
                .getGenericDataView().getItems().toList();
        assertThat(byGroup).containsExactlyInAnyOrder(new GroupReportPanel.Row("SMART Wednesday", 1, 2, 1),
                new GroupReportPanel.Row("SMART Thursday", 1, 2, 1));
        var byPathway = org.hearth.testkit.Screen.get(manage, "report-pathways", com.vaadin.flow.component.grid.Grid.class)
                .getGenericDataView().getItems().toList();
        assertThat(byPathway).containsExactly(new GroupReportPanel.Row("SMART Recovery", 2, 4, 1));
    }
}
