package org.hearth.coaching.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.testkit.Screen.allText;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.set;

import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every role that is not the member, their coach or the coach's supervisor, against every module and every view
 * and service of this bundle: a visitor, a volunteer, another coach, another supervisor, a coordinator. None of them
 * ever sees a word of the member's plan or notes.
 */
@Tag("database")
class RolesWalkTest {

    private static final String SECRET = "Strengths only Anabel and Cleo know";
    private final CoachingFixture f = new CoachingFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyOtherRoleSeesNoPlanContentAnywhere() {
        String cleo = f.coach("Cleo");
        String ana = f.member("Anabel");
        long pairing = f.services().pair(f.viewer(cleo), ana);
        f.pairings.agree(pairing, 30, true);
        f.services().savePlan(f.viewer(cleo), f.plan(ana, cleo, SECRET), 0);
        f.services().addContact(f.viewer(cleo), new Contact(0, ana, cleo, f.today(), ContactKind.PHONE, 20,
                "Note only the coach writes", "Friday"));
        f.pins.choose(ana, "2468");
        String omar = f.coach("Omar");
        String olga = f.staff("Olga", Role.SUPERVISOR);
        f.supervise(olga, omar);
        Map<String, Viewer> others = new LinkedHashMap<>();
        others.put("visitor", Viewer.VISITOR);
        others.put("volunteer", f.viewer(f.staff("Val", Role.VOLUNTEER)));
        others.put("another coach", f.viewer(omar));
        others.put("another supervisor", f.viewer(olga));
        others.put("coordinator", f.viewer(f.staff("Dana", Role.COORDINATOR)));
        CoachingServices s = f.services();
        others.forEach((who, viewer) -> {
            org.hearth.testkit.TestContext context = new org.hearth.testkit.TestContext(viewer, Locale.ENGLISH);
            for (Component view : List.of(new CoachView(s, context), new CallListView(s, context),
                    new ResourcesView(s, context), new MyPlanView(s, context))) {
                assertThat(allText(view)).as(who + " on " + view.getClass().getSimpleName())
                        .doesNotContain(SECRET, "Note only the coach writes", "A place of my own");
            }
            CoachView coach = new CoachView(s, context);
            coach.open(ana);
            assertThat(allText(coach)).as(who).doesNotContain(SECRET).contains("This plan is for the member");
            MyPlanView kiosk = new MyPlanView(s, context);
            set(kiosk, "mine-name", "Ana");
            click(kiosk, "mine-match-0");
            set(kiosk, "mine-pin", "1357");
            click(kiosk, "mine-open");
            assertThat(allText(kiosk)).as(who).doesNotContain(SECRET);
            assertThatThrownBy(() -> s.readPlan(viewer, ana)).as(who).hasMessage("error.access");
            assertThatThrownBy(() -> s.readNotes(viewer, ana)).as(who).hasMessage("error.access");
            assertThatThrownBy(() -> s.addContact(viewer, new Contact(0, ana, "x", f.today(), ContactKind.TEXT, 5,
                    "hi", ""))).as(who).hasMessage("error.access.write");
            if (viewer.isStaff()) {
                assertThat(s.due(viewer)).as(who).isEmpty();
            } else {
                assertThatThrownBy(() -> s.due(viewer)).as(who).hasMessage("error.access");
            }
        });
    }

    @Test
    void eachModuleIsOfferedOnlyToItsRoles() {
        assertThat(audience(CoachModule.class)).containsExactlyInAnyOrder(Role.PEER_STAFF, Role.SUPERVISOR);
        assertThat(audience(MyPlanModule.class)).containsExactly(Role.VISITOR);
        assertThat(audience(CallsModule.class)).containsExactly(Role.VOLUNTEER);
        assertThat(audience(ResourcesModule.class)).containsExactlyInAnyOrder(Role.PEER_STAFF, Role.COORDINATOR);
        assertThat(Viewer.VISITOR.mayOpen(audience(CoachModule.class))).isFalse();
        assertThat(Viewer.staff(Role.VOLUNTEER, "v", "Val").mayOpen(audience(CoachModule.class))).isFalse();
        assertThat(Viewer.staff(Role.VOLUNTEER, "v", "Val").mayOpen(audience(CallsModule.class))).isTrue();
    }

    private static Set<Role> audience(Class<?> module) {
        return Set.of(module.getAnnotation(ModuleDeclaration.class).audience());
    }
}
