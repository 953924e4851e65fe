package org.hearth.supervision.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.testkit.Screen.allText;
import static org.hearth.testkit.Screen.has;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.PeerRole;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every role that is not Pat, Pat's supervisor or Pat's backup, against every view and service of this bundle:
 * each is refused, and nothing of Pat's log, cadence or plan shows anywhere.
 */
@Tag("database")
class AccessTest {

    private static final String NOTES = "Talked about saying no kindly.";
    private static final String SUPPORT = "My sponsor, Lee";
    private final SupervisionFixture f = new SupervisionFixture();
    private final String pat = SupervisionFixture.id(f.pat);
    private final long entry;
    private final long plan;
    private final long item;
    private final Map<String, Viewer> outsiders = new LinkedHashMap<>();

    AccessTest() {
        entry = f.log.write(f.sam, pat, f.draft(f.today()));
        plan = f.plans.propose(f.sam, pat);
        f.plans.add(f.pat, plan, PlanItem.draft(PlanItem.Kind.SUPPORT, Optional.of(SUPPORT), Optional.empty(),
                Optional.empty(), Set.of()));
        item = f.plans.read(f.pat, pat).orElseThrow().items().get(0).id();
        outsiders.put("visitor", Viewer.VISITOR);
        outsiders.put("volunteer", f.person("Vic", EnumSet.of(Role.VOLUNTEER), Optional.empty()));
        outsiders.put("another peer", f.ali);
        outsiders.put("another supervisor", f.person("Cy", EnumSet.of(Role.SUPERVISOR), Optional.empty()));
        outsiders.put("coordinator without consent", f.coordinator);
        outsiders.put("peer and volunteer", f.person("Max", EnumSet.of(Role.PEER_STAFF, Role.VOLUNTEER),
                Optional.of(PeerRole.RECOVERY_COACH)));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyServiceRefusesEveryOutsider() {
        outsiders.forEach((who, viewer) -> {
            Map<String, Executable> calls = new LinkedHashMap<>();
            calls.put("read the log", () -> f.log.read(viewer, pat));
            calls.put("write the log", () -> f.log.write(viewer, pat, f.draft(f.today())));
            calls.put("reflect", () -> f.log.reflect(viewer, entry, "mine"));
            calls.put("acknowledge", () -> f.log.acknowledge(viewer, entry));
            calls.put("cadence", () -> f.cadence.of(viewer, pat));
            calls.put("read the plan", () -> f.plans.read(viewer, pat));
            calls.put("export the plan", () -> f.plans.export(viewer, pat));
            calls.put("propose a plan", () -> f.plans.propose(viewer, pat));
            calls.put("agree", () -> f.plans.agree(viewer, plan, true));
            calls.put("add to the plan", () -> f.plans.add(viewer, plan, PlanItem.draft(PlanItem.Kind.STEP,
                    Optional.of("x"), Optional.empty(), Optional.empty(), Set.of())));
            calls.put("mark done", () -> f.plans.change(viewer, item, Optional.of(true)));
            calls.put("take out", () -> f.plans.change(viewer, item, Optional.empty()));
            calls.put("consent", () -> f.plans.consent(viewer, plan, true));
            calls.put("agree to a stage", () -> f.plans.accept(viewer, item));
            calls.forEach((what, call) -> assertThatThrownBy(call::execute).as(who + ": " + what)
                    .isInstanceOf(Refusal.class).hasMessage("error.supervision.access"));
        });
        assertThat(f.plans.knownToCoordinator(f.coordinator)).as("no consent yet").isEmpty();
        outsiders.values().stream().filter(v -> !v.holds(Role.COORDINATOR)).forEach(v ->
                assertThatThrownBy(() -> f.plans.knownToCoordinator(v)).isInstanceOf(Refusal.class));
        assertThat(f.count("SELECT COUNT(*) FROM supervision.log_entry")).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM supervision.plan_item")).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM supervision.plan WHERE coordinator_may_know = TRUE")).isZero();
    }

    @Test
    void noViewShowsAnOutsiderAnythingOfPats() {
        outsiders.forEach((who, viewer) -> {
            for (var view : List.of(f.supervision(viewer, Locale.ENGLISH), f.mine(viewer, Locale.ENGLISH))) {
                String shown = allText(view);
                assertThat(shown).as(who).doesNotContain("Pat", NOTES, SUPPORT, "Due for supervision");
                assertThat(has(view, "sup-peer-" + pat) || has(view, "sup-plan-" + pat) || has(view, "log-entry-" + entry))
                        .as(who).isFalse();
            }
        });
        assertThat(allText(f.supervision(Viewer.VISITOR, Locale.ENGLISH))).contains("This is not yours to open.");
        assertThat(allText(f.mine(Viewer.VISITOR, Locale.ENGLISH))).contains("This is not yours to open.");
    }

    @Test
    void onlyTheCoordinatorOpensEveryStaffTileAndTheTilesAreForTheirRoles() {
        assertThat(new SupervisionModuleProbe().supervisionAudience()).containsExactly(Role.SUPERVISOR);
        assertThat(new SupervisionModuleProbe().mineAudience()).containsExactlyInAnyOrder(Role.PEER_STAFF, Role.VOLUNTEER);
        assertThat(Viewer.VISITOR.mayOpen(Set.of(Role.SUPERVISOR))).isFalse();
        assertThat(outsiders.get("volunteer").mayOpen(Set.of(Role.SUPERVISOR))).isFalse();
        assertThat(f.ali.mayOpen(Set.of(Role.SUPERVISOR))).isFalse();
        assertThat(Viewer.VISITOR.mayOpen(Set.of(Role.PEER_STAFF, Role.VOLUNTEER))).isFalse();
    }

    @Test
    void theThreeWhoMaySeeThePlanSeeIt() {
        for (Viewer allowed : new Viewer[] {f.pat, f.sam, f.bea}) {
            assertThat(f.plans.read(allowed, pat).orElseThrow().items()).hasSize(1);
            assertThat(f.log.read(allowed, pat)).hasSize(1);
        }
    }

    /** The modules' declared audiences, read the way the kiosk reads them. */
    private static final class SupervisionModuleProbe {
        Set<Role> supervisionAudience() {
            return Set.of(SupervisionModule.class.getAnnotation(org.hearth.api.ModuleDeclaration.class).audience());
        }

        Set<Role> mineAudience() {
            return Set.of(MySupervisionModule.class.getAnnotation(org.hearth.api.ModuleDeclaration.class).audience());
        }
    }
}
