package org.hearth.coaching.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every role against the plan services: only the member's current coach writes; the coach's supervisor reads. */
@Tag("database")
class AccessTest {

    private final CoachingFixture f = new CoachingFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void onlyTheCoachAndTheirSupervisorReadAndOnlyTheCoachWrites() {
        String ana = f.member("Ana");
        String cleo = f.coach("Cleo");
        String sam = f.staff("Sam", Role.SUPERVISOR);
        f.supervise(sam, cleo);
        String otherCoach = f.coach("Omar");
        String otherSupervisor = f.staff("Olga", Role.SUPERVISOR);
        f.supervise(otherSupervisor, otherCoach);
        String volunteer = f.staff("Val", Role.VOLUNTEER);
        String coordinator = f.staff("Dana", Role.COORDINATOR);
        CoachingServices s = f.services();
        s.pair(f.viewer(cleo), ana);
        s.savePlan(f.viewer(cleo), f.plan(ana, cleo, "I show up"), 0);

        assertThat(s.readPlan(f.viewer(cleo), ana)).isPresent();
        assertThat(s.readPlan(f.viewer(sam), ana)).isPresent();
        assertThat(s.access().standing(f.viewer(sam), ana)).isEqualTo(CoachingAccess.Standing.SUPERVISOR);
        assertThatThrownBy(() -> s.savePlan(f.viewer(sam), f.plan(ana, sam, "x"), 1)).hasMessage("error.access.write");
        for (String nobody : new String[] {otherCoach, otherSupervisor, volunteer, coordinator}) {
            assertThatThrownBy(() -> s.readPlan(f.viewer(nobody), ana)).hasMessage("error.access");
            assertThatThrownBy(() -> s.readNotes(f.viewer(nobody), ana)).hasMessage("error.access");
            assertThatThrownBy(() -> s.savePlan(f.viewer(nobody), f.plan(ana, nobody, "x"), 1))
                    .hasMessage("error.access.write");
            assertThat(s.due(f.viewer(nobody))).isEmpty();
        }
        assertThatThrownBy(() -> s.readPlan(Viewer.VISITOR, ana)).hasMessage("error.access");
        f.clock.advance(java.time.Duration.ofDays(40));
        assertThat(s.due(f.viewer(sam))).extracting(Cadence.Due::memberId).containsExactly(ana);
        assertThat(s.due(f.viewer(cleo))).extracting(Cadence.Due::overdue).containsExactly(true);
        assertThat(f.audit.about("person:" + ana)).extracting(e -> e.action())
                .contains("coaching.plan.read", "coaching.plan.write");
    }

    @Test
    void aMemberWhoEndsThePairingKeepsTheirPlanAndTheFormerCoachIsClosedOut() {
        String ana = f.member("Ana");
        String cleo = f.coach("Cleo");
        CoachingServices s = f.services();
        long pairing = s.pair(f.viewer(cleo), ana);
        s.savePlan(f.viewer(cleo), f.plan(ana, cleo, "mine"), 0);
        f.pairings.end(pairing, f.today());
        assertThatThrownBy(() -> s.readPlan(f.viewer(cleo), ana)).hasMessage("error.access");
        assertThat(s.ownPlan(ana).orElseThrow().strengths()).isEqualTo("mine");
        assertThat(s.due(f.viewer(cleo))).isEmpty();
    }

    @Test
    void onlyARecoveryCoachCanBeChosenAndAtMostTwo() {
        String ana = f.member("Ana");
        String associate = f.staff("Ari", Role.PEER_STAFF);
        CoachingServices s = f.services();
        assertThatThrownBy(() -> s.pair(f.viewer(associate), ana)).hasMessage("error.pair.coach");
        s.pair(f.viewer(f.coach("One")), ana);
        s.pair(f.viewer(f.coach("Two")), ana);
        assertThatThrownBy(() -> s.pair(f.viewer(f.coach("Three")), ana)).hasMessage("error.pair.two");
    }

    @Test
    void aReadWhoseAuditFailsShowsNothing() {
        String ana = f.member("Ana");
        String cleo = f.coach("Cleo");
        f.services().pair(f.viewer(cleo), ana);
        org.hearth.api.AuditLog broken = new org.hearth.api.AuditLog() {
            public void record(String actorId, String action, String subject) {
                throw new IllegalStateException("audit down");
            }

            public java.util.List<org.hearth.api.AuditEntry> recent(int limit) {
                return java.util.List.of();
            }

            public java.util.List<org.hearth.api.AuditEntry> about(String subject) {
                return java.util.List.of();
            }
        };
        CoachingServices s = new CoachingServices(f.pairings, f.plans, f.contacts, f.pins, f.resources, f.calls,
                f.checks, f.people, f.peers, f.relations, broken, f.clock, f.consent);
        assertThatThrownBy(() -> s.readNotes(f.viewer(cleo), ana)).hasMessage("audit down");
    }
}
