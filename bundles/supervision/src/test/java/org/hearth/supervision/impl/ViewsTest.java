package org.hearth.supervision.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.testkit.Screen.allText;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.has;
import static org.hearth.testkit.Screen.set;
import static org.hearth.testkit.Screen.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.SchedulingLimit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ViewsTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private final SupervisionFixture f = new SupervisionFixture();
    private final String pat = SupervisionFixture.id(f.pat);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSupervisorSeesWhoIsDueAndWritesALogEntry() {
        SupervisionView view = f.supervision(f.sam, Locale.ENGLISH);
        assertThat(text(view, "sup-due-" + pat)).startsWith("Due for supervision since 7 December 2026");
        assertThat(allText(view)).contains("Pat", "Ali", "Recovery coach", "Recovery associate");
        click(view, "sup-write-" + pat);
        set(view, "log-minutes", 0);
        click(view, "log-save");
        assertThat(text(view, "log-form-message")).isEqualTo("Please give how long you met, from 1 to 480 minutes.");
        set(view, "log-minutes", 45);
        set(view, "log-topics", Set.of("self_care", "past_contacts"));
        set(view, "log-notes", "Rest days are part of the work.");
        set(view, "log-next", "Plan two rest days.");
        click(view, "log-save");
        assertThat(text(view, "sup-message")).isEqualTo("The log entry is saved. Pat can read it on their own screen.");
        assertThat(text(view, "sup-due-" + pat)).startsWith("Next session by 14 December 2026");
        click(view, "sup-log-" + pat);
        assertThat(allText(view)).contains("Self-care", "Rest days are part of the work.", "Plan two rest days.");
    }

    @Test
    void thePeerReadsTheirLogAddsAReflectionAndBothMarkItRead() {
        long id = f.log.write(f.sam, pat, f.draft(f.today()));
        MySupervisionView mine = f.mine(f.pat, ES);
        assertThat(text(mine, "my-supervisor")).isEqualTo("Tu supervisor: Sam · suplente: Bea");
        assertThat(allText(mine)).contains("Límites", "Talked about saying no kindly.");
        set(mine, "log-reflection-" + id, "Me ayudó ponerle nombre.");
        click(mine, "log-reflect-" + id);
        assertThat(text(mine, "log-message")).isEqualTo("Tu reflexión está guardada.");
        click(mine, "log-ack-" + id);
        assertThat(has(mine, "log-ack-" + id)).isFalse();
        SupervisionView sam = f.supervision(f.sam, Locale.ENGLISH);
        click(sam, "sup-log-" + pat);
        assertThat(text(sam, "log-reflection-text-" + id)).isEqualTo("Reflection of the peer: Me ayudó ponerle nombre.");
        assertThat(text(sam, "log-acks-" + id)).isEqualTo("Read by the peer: yes. Read by the supervisor: not yet.");
        click(sam, "log-ack-" + id);
        assertThat(text(sam, "log-acks-" + id)).isEqualTo("Read by the peer: yes. Read by the supervisor: yes.");
    }

    @Test
    void aPlanIsReadOnlyAfterThePinAndIsWrittenAndAgreedTogether() {
        SupervisionFixture.Context samContext = new SupervisionFixture.Context(f.sam, Locale.ENGLISH);
        SupervisionView sam = new SupervisionView(f.services(), samContext);
        samContext.pinGiven = false;
        click(sam, "sup-plan-" + pat);
        assertThat(has(sam, "plan-panel")).isFalse();
        samContext.pinGiven = true;
        click(sam, "sup-plan-" + pat);
        assertThat(text(sam, "plan-panel")).contains("There is no re-engagement plan.");
        click(sam, "plan-propose");
        assertThat(text(sam, "plan-message")).isEqualTo("The plan is started. It opens when you both agree.");
        set(sam, "plan-kind", PlanItem.Kind.RETURN);
        set(sam, "plan-day", f.today());
        set(sam, "plan-duties", PlanItem.Duties.NOT_NOW);
        click(sam, "plan-add");
        assertThat(samContext.pinAsked).isEqualTo(4);
        assertThat(new PlanLimits(f.plans).limitFor(pat)).isEqualTo(SchedulingLimit.NONE);

        SupervisionFixture.Context patContext = new SupervisionFixture.Context(f.pat, Locale.ENGLISH);
        MySupervisionView mine = new MySupervisionView(f.services(), patContext);
        click(mine, "my-plan");
        assertThat(text(mine, "plan-return")).contains("From 7 December 2026: not scheduled for now");
        set(mine, "plan-kind", PlanItem.Kind.SUPPORT);
        set(mine, "plan-text", "My sponsor, Lee");
        click(mine, "plan-add");
        click(mine, "plan-agree");
        assertThat(text(mine, "plan-message")).isEqualTo("The plan is open.");
        assertThat(new PlanLimits(f.plans).limitFor(pat)).isEqualTo(SchedulingLimit.NOT_NOW);
        assertThat(allText(mine)).contains("My sponsor, Lee").doesNotContain("violation", "relapse");
        assertThat(has(mine, "plan-export")).isTrue();
        assertThat(has(sam, "plan-export")).isFalse();
    }

    @Test
    void theCoordinatorSeesThatAPlanExistsOnlyWhenThePeerShares() {
        long id = f.plans.propose(f.sam, pat);
        f.plans.agree(f.pat, id, true);
        f.plans.add(f.pat, id, PlanItem.draft(PlanItem.Kind.SUPPORT, Optional.of("My sponsor, Lee"), Optional.empty(),
                Optional.empty(), Set.of()));
        SupervisionView before = f.supervision(f.coordinator, Locale.ENGLISH);
        assertThat(text(before, "sup-known")).contains("No peer has chosen to share a plan with you.");
        assertThat(allText(before)).doesNotContain("Pat", "Lee", "Due");
        MySupervisionView mine = f.mine(f.pat, Locale.ENGLISH);
        click(mine, "my-plan");
        set(mine, "plan-consent", true);
        assertThat(text(mine, "plan-consent-text")).startsWith("The coordinator may know that you have a plan.");
        SupervisionView after = f.supervision(f.coordinator, ES);
        assertThat(text(after, "sup-known")).contains("Pat está trabajando en un plan de reincorporación");
        assertThat(allText(after)).doesNotContain("Lee", "Ali");
        assertThat(has(after, "sup-plan-" + pat)).isFalse();
    }

    @Test
    void theTilesSayWhoIsDueToTheSupervisorAndWhatIsUnreadToThePeerAndNothingToOthers() {
        SupervisionModule supervision = new SupervisionModule(f.access, f.topics, f.log, f.cadence, f.plans, f.people,
                f.peers);
        MySupervisionModule mine = new MySupervisionModule(f.access, f.topics, f.log, f.cadence, f.plans, f.people,
                f.peers);
        assertThat(supervision.notice(Locale.ENGLISH, f.sam)).contains("2 peers are due for supervision");
        assertThat(supervision.notice(ES, f.bea)).contains("A un par le toca supervisión");
        assertThat(supervision.notice(Locale.ENGLISH, f.coordinator)).isEmpty();
        assertThat(supervision.notice(Locale.ENGLISH, org.hearth.api.Viewer.VISITOR)).isEmpty();
        f.log.write(f.sam, pat, f.draft(f.today()));
        assertThat(supervision.notice(Locale.ENGLISH, f.sam)).contains("One peer is due for supervision");
        assertThat(mine.notice(Locale.ENGLISH, f.pat)).contains("One log entry to read");
        assertThat(mine.notice(Locale.ENGLISH, f.ali)).isEmpty();
        assertThat(mine.notice(Locale.ENGLISH, org.hearth.api.Viewer.VISITOR)).isEmpty();
    }

    @Test
    void theCenterAddsATopicFromTheSupervisorsScreen() {
        SupervisionView view = f.supervision(f.sam, ES);
        set(view, "sup-topic-en", "Working with families");
        set(view, "sup-topic-es", "Trabajo con familias");
        click(view, "sup-topic-add");
        assertThat(text(view, "sup-message")).isEqualTo("El tema está en la lista.");
        assertThat(allText(view)).contains("Trabajo con familias");
        click(view, "sup-write-" + pat);
        @SuppressWarnings("unchecked")
        var topics = (com.vaadin.flow.component.checkbox.CheckboxGroup<String>) org.hearth.testkit.Screen.get(view,
                "log-topics");
        assertThat(topics.getListDataView().getItems()).contains("own_working_with_families");
        assertThat(topics.getItemLabelGenerator().apply("own_working_with_families")).isEqualTo("Trabajo con familias");
    }
}
