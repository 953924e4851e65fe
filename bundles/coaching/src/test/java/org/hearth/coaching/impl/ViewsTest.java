package org.hearth.coaching.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.testkit.Screen.allText;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.has;
import static org.hearth.testkit.Screen.set;
import static org.hearth.testkit.Screen.text;

import java.util.Locale;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ViewsTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private final CoachingFixture f = new CoachingFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private CoachView coachView(String personId, Locale locale) {
        return new CoachView(f.services(), new org.hearth.testkit.TestContext(f.viewer(personId), locale));
    }

    private void writePlan(CoachView view, String strengths) {
        set(view, "plan-form-strengths", strengths);
        set(view, "plan-form-matters", "My daughter");
        set(view, "plan-form-goal-0-domain", LifeDomain.WORK_EDUCATION);
        set(view, "plan-form-goal-0-words", "Back to work in the spring");
        set(view, "plan-form-goal-0-step", "Update my CV with Ana at the center");
        set(view, "plan-form-supports", "My sister; Thursday All Recovery group");
        set(view, "plan-form-agreed", true);
        click(view, "plan-form-save");
    }

    @Test
    void theCoachAndTheMemberWriteAPlanTogetherAndAContact() {
        String cleo = f.coach("Cleo");
        String ana = f.member("Anabel");
        long housing = f.resources.save(new Resource(0, "Housing Help Desk", KindOfSupport.INSTRUMENTAL,
                "Finding a place", "Mon-Fri 9-5, 555-0100", true));
        CoachView view = coachView(cleo, Locale.ENGLISH);
        assertThat(allText(view)).contains("No members yet");
        click(view, "coach-pair");
        set(view, "coach-pair-name", "Ana");
        click(view, "coach-pair-match-0");
        assertThat(text(view, "coach-message")).isEqualTo("You now work with Anabel T..");
        long pairing = f.pairings.ofCoach(cleo).get(0).id();
        click(view, "coach-open-" + pairing);
        assertThat(allText(view)).contains("No plan written yet");
        click(view, "member-write");
        set(view, "plan-form-goal-0-resource", housing);
        click(view, "plan-form-save");
        assertThat(text(view, "plan-form-message")).startsWith("Please tick that the member agrees");
        writePlan(view, "I keep my promises");
        assertThat(text(view, "member-message")).isEqualTo("Saved as version 1.");
        assertThat(text(view, "member-plan")).contains("I keep my promises", "Work and learning: Back to work",
                "Housing Help Desk", "Next review together: Tuesday 2 March 2027");
        click(view, "member-note");
        set(view, "note-form-how", ContactKind.PHONE);
        set(view, "note-form-note", "The client was noncompliant");
        click(view, "note-form-save");
        assertThat(text(view, "note-form-message")).contains("\"client\" is not one we use here");
        set(view, "note-form-note", "Proud of going to the interview");
        set(view, "note-form-next", "Call on Friday");
        click(view, "note-form-save");
        assertThat(text(view, "member-message")).isEqualTo("Contact saved.");
        assertThat(allText(view)).contains("by phone, 30 min: Proud of going to the interview Next: Call on Friday");
        assertThat(f.audit.about("person:" + ana)).extracting(e -> e.action()).contains("coaching.plan.read",
                "coaching.notes.read", "coaching.plan.write", "coaching.note.write");
    }

    @Test
    void theSecondCoachIsToldAndShownTheChangeAndSavesAfterLookingAtIt() {
        String cleo = f.coach("Cleo");
        String omar = f.coach("Omar");
        String ana = f.member("Anabel");
        f.services().pair(f.viewer(cleo), ana);
        f.services().pair(f.viewer(omar), ana);
        f.plans.save(f.plan(ana, cleo, "first"), 0, f.today());
        CoachView first = coachView(cleo, Locale.ENGLISH);
        CoachView second = coachView(omar, ES);
        first.open(ana);
        second.open(ana);
        click(first, "member-write");
        click(second, "member-write");
        writePlan(first, "Cleo's words");
        writePlan(second, "Omar's words");
        assertThat(text(second, "plan-form-message")).startsWith("Alguien guardó la versión 2");
        assertThat(text(second, "plan-theirs")).contains("Cleo's words");
        click(second, "plan-form-save");
        assertThat(text(second, "member-message")).isEqualTo("Guardado como versión 3.");
        assertThat(f.plans.history(ana)).extracting(Plan::strengths).containsExactly("Omar's words", "Cleo's words",
                "first");
    }

    @Test
    void theSupervisorReadsOnlyAndOtherStaffSeeNothing() {
        String cleo = f.coach("Cleo");
        String sam = f.staff("Sam", Role.SUPERVISOR);
        f.supervise(sam, cleo);
        String ana = f.member("Anabel");
        f.services().pair(f.viewer(cleo), ana);
        f.plans.save(f.plan(ana, cleo, "I keep going"), 0, f.today());
        CoachView supervisor = coachView(sam, Locale.ENGLISH);
        assertThat(allText(supervisor)).contains("Anabel T. (Cleo T.'s member)");
        supervisor.open(ana);
        assertThat(allText(supervisor)).contains("I keep going", "You see this as the coach's supervisor.");
        assertThat(has(supervisor, "member-write")).isFalse();
        for (String other : new String[] {f.coach("Omar"), f.staff("Olga", Role.SUPERVISOR),
            f.staff("Val", Role.VOLUNTEER), f.staff("Dana", Role.COORDINATOR)}) {
            CoachView view = coachView(other, Locale.ENGLISH);
            assertThat(allText(view)).doesNotContain("Anabel");
            view.open(ana);
            assertThat(text(view, "member-message")).startsWith("This plan is for the member");
            assertThat(allText(view)).doesNotContain("I keep going");
        }
    }

    @Test
    void theMemberReadsTheirPlanAtTheKioskWithTheirPinAndTakesACheckUp() {
        String cleo = f.coach("Cleo");
        String ana = f.member("Anabel");
        f.services().pair(f.viewer(cleo), ana);
        f.plans.save(f.plan(ana, cleo, "I keep going"), 0, f.today());
        f.pins.choose(ana, "2468");
        MyPlanView kiosk = new MyPlanView(f.services(), new org.hearth.testkit.TestContext(Viewer.VISITOR, Locale.ENGLISH));
        set(kiosk, "mine-name", "Ana");
        click(kiosk, "mine-match-0");
        assertThat(allText(kiosk)).doesNotContain("I keep going");
        set(kiosk, "mine-pin", "1111");
        click(kiosk, "mine-open");
        assertThat(text(kiosk, "mine-message")).startsWith("That PIN did not match");
        set(kiosk, "mine-pin", "2468");
        click(kiosk, "mine-open");
        assertThat(text(kiosk, "mine-plan")).contains("I keep going", "Home and housing: A place of my own");
        org.hearth.api.Texts spanish = org.hearth.api.Texts.load(ViewsTest.class, CoachingServices.TEXTS, ES);
        assertThat(PlanPage.html(spanish, "<Ana>", f.plans.current(ana), java.util.Map.of()))
                .contains("&lt;Ana&gt;", "Fortalezas", "lang=\"es\"");
        assertThat(PlanPage.text(spanish, "Ana", f.plans.current(ana), java.util.Map.of())).contains("I keep going");
        assertThat(has(kiosk, "mine-print")).isTrue();
        click(kiosk, "mine-check");
        for (int q = 1; q <= SelfChecks.QUESTIONS; q++) {
            set(kiosk, "check-q" + q, 4);
        }
        click(kiosk, "check-save");
        assertThat(allText(kiosk)).contains("Wednesday 2 December 2026: 40 of 50");
        assertThat(f.audit.about("person:" + ana)).extracting(e -> e.action()).contains("coaching.plan.read.own");
    }

    @Test
    void aVolunteersCallListShowsWhoAskedForCallsAndNoPlanContent() {
        String cleo = f.coach("Cleo");
        String ana = f.member("Anabel");
        String bo = f.member("Bolivar");
        long pairing = f.services().pair(f.viewer(cleo), ana);
        f.services().pair(f.viewer(cleo), bo);
        f.pairings.agree(pairing, 30, true);
        f.plans.save(f.plan(ana, cleo, "Secret strengths"), 0, f.today());
        String val = f.staff("Val", Role.VOLUNTEER);
        assertThat(allText(new CallListView(f.services(), new org.hearth.testkit.TestContext(f.viewer(val), ES))))
                .as("not on outreach shifts").contains("La lista de llamadas es para voluntarios").doesNotContain("Anabel");
        f.outreach.add(val);
        f.consent.bindChoices(new org.hearth.api.MemberChoices() {
            @Override
            public boolean choseToBeNamed(String personId) {
                return true;
            }

            @Override
            public boolean welcomesContact(String personId) {
                return personId.equals(ana);
            }

            @Override
            public java.util.Optional<String> contactDetail(String personId) {
                return personId.equals(ana) ? java.util.Optional.of("555-0123") : java.util.Optional.empty();
            }
        });
        CallListView calls = new CallListView(f.services(), new org.hearth.testkit.TestContext(f.viewer(val), ES));
        assertThat(text(calls, "calls-reach-0")).isEqualTo("Cómo contactar: 555-0123");
        assertThat(allText(calls)).contains("Anabel T.", "Sin llamadas todavía").doesNotContain("Bolivar",
                "Secret strengths", "A place of my own", "Cleo");
        set(calls, "calls-reached-0", true);
        set(calls, "calls-outcome-0", "Doing well, would like a call next week");
        click(calls, "calls-save-0");
        assertThat(text(calls, "calls-message")).isEqualTo("Llamada guardada. Gracias.");
        assertThat(allText(calls)).contains("No hay llamadas pendientes hoy.");
    }

    @Test
    void staffKeepTheResourcesList() {
        String dana = f.staff("Dana", Role.COORDINATOR);
        ResourcesView view = new ResourcesView(f.services(), new org.hearth.testkit.TestContext(f.viewer(dana), ES));
        set(view, "resources-name", "Food Bank");
        set(view, "resources-about", "Groceries on Saturdays");
        set(view, "resources-reach", "12 Main St");
        click(view, "resources-add");
        assertThat(allText(view)).contains("Food Bank (ayuda práctica): Groceries on Saturdays \u2013 12 Main St");
        click(view, "resources-retire-" + f.resources.list(true).get(0).id());
        assertThat(f.resources.list(false)).isEmpty();
    }

    @Test
    void onlyAMemberWhoChoseToBeNamedCanHaveAPlan() {
        String cleo = f.coach("Cleo");
        String pip = f.member("Pip");
        f.consent.bindChoices(new org.hearth.api.MemberChoices() {
            @Override
            public boolean choseToBeNamed(String personId) {
                return !personId.equals(pip);
            }

            @Override
            public boolean welcomesContact(String personId) {
                return false;
            }

            @Override
            public java.util.Optional<String> contactDetail(String personId) {
                return java.util.Optional.empty();
            }
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.services().pair(f.viewer(cleo), pip))
                .hasMessage("error.pair.named");
        assertThat(f.services().pair(f.viewer(cleo), f.member("Nia"))).isPositive();
    }
}
