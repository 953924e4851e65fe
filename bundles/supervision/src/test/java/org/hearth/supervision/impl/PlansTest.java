package org.hearth.supervision.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.AuditEntry;
import org.hearth.api.SchedulingLimit;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class PlansTest {

    private final SupervisionFixture f = new SupervisionFixture();
    private final String pat = SupervisionFixture.id(f.pat);
    private final PlanLimits limits = new PlanLimits(f.plans);

    @AfterEach
    void close() {
        f.close();
    }

    private long openPlan() {
        long id = f.plans.propose(f.sam, pat);
        assertThat(f.plans.agree(f.pat, id, true)).isEqualTo(Plan.State.OPEN);
        return id;
    }

    private void stage(Viewer who, long plan, int inDays, PlanItem.Duties duties, Set<String> roles) {
        f.plans.add(who, plan, PlanItem.draft(PlanItem.Kind.RETURN, Optional.of("Paired with a coach"),
                Optional.of(f.today().plusDays(inDays)), Optional.of(duties), roles));
    }

    @Test
    void aPlanOpensOnlyWhenThePeerAndTheSupervisorBothAgree() {
        long id = f.plans.propose(f.pat, pat);
        assertThat(f.plans.read(f.pat, pat).orElseThrow().state()).isEqualTo(Plan.State.PROPOSED);
        assertThat(f.plans.agree(f.pat, id, true)).isEqualTo(Plan.State.PROPOSED);
        assertThatThrownBy(() -> f.plans.propose(f.sam, pat)).hasMessage("error.plan.exists");
        assertThat(f.plans.agree(f.sam, id, true)).isEqualTo(Plan.State.OPEN);
        Plan open = f.plans.read(f.sam, pat).orElseThrow();
        assertThat(open.openedOn()).contains(f.today());
        assertThat(open.peerAgrees()).isFalse();
        assertThat(open.ownerId()).contains(SupervisionFixture.id(f.sam));
    }

    @Test
    void nothingLimitsDutiesUntilAStageThePeerAgreedToBegins() {
        long id = openPlan();
        assertThat(limits.limitFor(pat)).isEqualTo(SchedulingLimit.NONE);
        stage(f.sam, id, 0, PlanItem.Duties.NOT_NOW, Set.of());
        stage(f.pat, id, 14, PlanItem.Duties.ONLY, Set.of("kitchen", "front_desk"));
        stage(f.pat, id, 28, PlanItem.Duties.ALL, Set.of());
        assertThat(limits.limitFor(pat)).as("the supervisor's stage waits for the peer").isEqualTo(SchedulingLimit.NONE);
        long first = f.plans.read(f.pat, pat).orElseThrow().items(PlanItem.Kind.RETURN).get(0).id();
        assertThatThrownBy(() -> f.plans.accept(f.sam, first)).isInstanceOf(Refusal.class);
        f.plans.accept(f.pat, first);
        assertThat(limits.limitFor(pat)).isEqualTo(SchedulingLimit.NOT_NOW);
        f.advance(Duration.ofDays(14));
        assertThat(limits.limitFor(pat)).isEqualTo(SchedulingLimit.only(Set.of("kitchen", "front_desk")));
        assertThat(limits.limitFor(pat).allows("outreach_calls")).isFalse();
        f.advance(Duration.ofDays(14));
        assertThat(limits.limitFor(pat)).isEqualTo(SchedulingLimit.NONE);
        assertThat(limits.limitFor(SupervisionFixture.id(f.ali))).isEqualTo(SchedulingLimit.NONE);
    }

    @Test
    void aProposedPlanLimitsNothingAndClosingLiftsTheLimit() {
        long id = f.plans.propose(f.sam, pat);
        stage(f.sam, id, 0, PlanItem.Duties.NOT_NOW, Set.of());
        assertThat(limits.limitFor(pat)).isEqualTo(SchedulingLimit.NONE);
        f.plans.agree(f.pat, id, true);
        assertThat(limits.limitFor(pat)).isEqualTo(SchedulingLimit.NOT_NOW);
        assertThat(f.plans.agree(f.sam, id, true)).isEqualTo(Plan.State.OPEN);
        assertThat(f.plans.agree(f.pat, id, true)).isEqualTo(Plan.State.CLOSED);
        assertThat(f.plans.read(f.pat, pat).orElseThrow().closedOn()).contains(f.today());
        assertThat(limits.limitFor(pat)).isEqualTo(SchedulingLimit.NONE);
        assertThatThrownBy(() -> stage(f.pat, id, 1, PlanItem.Duties.ALL, Set.of())).isInstanceOf(Refusal.class);
    }

    @Test
    void theRecordIsSeenOnlyByThePeerTheOwnerAndTheBackupAndEveryReadIsAudited() {
        long id = openPlan();
        f.plans.add(f.pat, id, PlanItem.draft(PlanItem.Kind.SUPPORT, Optional.of("My sponsor, Lee"), Optional.empty(),
                Optional.empty(), Set.of()));
        assertThat(f.plans.read(f.bea, pat).orElseThrow().items(PlanItem.Kind.SUPPORT)).hasSize(1);
        for (Viewer other : new Viewer[] {f.ali, f.coordinator, Viewer.VISITOR,
                f.person("Other supervisor", Set.of(org.hearth.api.Role.SUPERVISOR), Optional.empty())}) {
            assertThatThrownBy(() -> f.plans.read(other, pat)).isInstanceOf(Refusal.class);
            assertThatThrownBy(() -> f.plans.agree(other, id, true)).isInstanceOf(Refusal.class);
            assertThatThrownBy(() -> stage(other, id, 0, PlanItem.Duties.NOT_NOW, Set.of())).isInstanceOf(Refusal.class);
        }
        assertThat(f.audit.about("person:" + pat)).extracting(AuditEntry::action).contains("supervision.plan.read");
        f.audit.failing = true;
        assertThatThrownBy(() -> f.plans.read(f.pat, pat)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theCoordinatorLearnsThatAPlanExistsOnlyWithThePeersConsent() {
        long id = openPlan();
        assertThat(f.plans.knownToCoordinator(f.coordinator)).isEmpty();
        assertThatThrownBy(() -> f.plans.consent(f.sam, id, true)).isInstanceOf(Refusal.class);
        f.plans.consent(f.pat, id, true);
        assertThat(f.plans.knownToCoordinator(f.coordinator)).containsExactly(pat);
        assertThatThrownBy(() -> f.plans.knownToCoordinator(f.sam)).isInstanceOf(Refusal.class);
        f.plans.consent(f.pat, id, false);
        assertThat(f.plans.knownToCoordinator(f.coordinator)).isEmpty();
    }

    @Test
    void onlyThePeerExportsTheirPlan() {
        openPlan();
        assertThat(f.plans.export(f.pat, pat)).isPresent();
        assertThatThrownBy(() -> f.plans.export(f.sam, pat)).isInstanceOf(Refusal.class);
        assertThat(f.audit.about("person:" + pat)).extracting(AuditEntry::action).contains("supervision.plan.export");
    }

    @Test
    void anItemThatIsNotWholeIsRefused() {
        long id = openPlan();
        assertThatThrownBy(() -> f.plans.add(f.pat, id, PlanItem.draft(PlanItem.Kind.STEP, Optional.of(" "),
                Optional.empty(), Optional.empty(), Set.of()))).hasMessage("error.plan.text");
        assertThatThrownBy(() -> stage(f.pat, id, 0, PlanItem.Duties.ONLY, Set.of())).hasMessage("error.plan.roles");
        assertThatThrownBy(() -> stage(f.pat, id, 0, PlanItem.Duties.ONLY, Set.of("lifeguard")))
                .hasMessage("error.plan.roles");
        assertThatThrownBy(() -> f.plans.add(f.pat, id, PlanItem.draft(PlanItem.Kind.CHECK_IN, Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of()))).hasMessage("error.plan.day");
    }

    @Test
    void aClosedPlanIsDeletedTwelveMonthsLaterOrArchivedWithOnlyItsDates() {
        long id = openPlan();
        f.plans.add(f.pat, id, PlanItem.draft(PlanItem.Kind.STEP, Optional.of("Call Lee on Sundays"),
                Optional.empty(), Optional.empty(), Set.of()));
        f.plans.agree(f.pat, id, true);
        f.plans.agree(f.sam, id, true);
        Retention retention = new Retention(f.supervision, f.settings, f.clock, f.scheduler);
        f.advance(Duration.ofDays(364));
        f.scheduler.runDue();
        assertThat(f.count("SELECT COUNT(*) FROM supervision.plan")).isEqualTo(1);
        f.settings.modified(Map.of("plan_retention", "archive"));
        f.advance(Duration.ofDays(2));
        f.scheduler.runDue();
        assertThat(f.count("SELECT COUNT(*) FROM supervision.plan WHERE state = 'ARCHIVED'")).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM supervision.plan_item")).isZero();
        assertThat(f.plans.read(f.pat, pat)).isEmpty();
        f.settings.modified(Map.of());
        assertThat(retention.apply()).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM supervision.plan")).isZero();
        retention.deactivate();
    }
}
