package org.hearth.kiosk.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.Test;

class ModuleRegistryTest {

    private static KioskModule module(Set<Role> audience) {
        return new KioskModule() {
            public String id() {
                return "m";
            }

            public String title(Locale locale) {
                throw new IllegalStateException("broken title");
            }

            public VaadinIcon icon() {
                return VaadinIcon.HOME;
            }

            public Set<Role> audience() {
                return audience;
            }

            public Component createView(ModuleContext context) {
                return null;
            }
        };
    }

    @Test
    void visitorsSeeOnlyVisitorModules() {
        assertThat(ModuleRegistry.mayOpen(module(Set.of(Role.VISITOR)), viewer(Role.VISITOR))).isTrue();
        assertThat(ModuleRegistry.mayOpen(module(Set.of(Role.SUPERVISOR)), viewer(Role.VISITOR))).isFalse();
    }

    @Test
    void staffSeeTheirRolesModulesAndCoordinatorsSeeEveryStaffModule() {
        KioskModule supervision = module(Set.of(Role.SUPERVISOR, Role.PEER_STAFF));
        assertThat(ModuleRegistry.mayOpen(supervision, viewer(Role.PEER_STAFF))).isTrue();
        assertThat(ModuleRegistry.mayOpen(supervision, viewer(Role.VOLUNTEER))).isFalse();
        assertThat(ModuleRegistry.mayOpen(supervision, viewer(Role.COORDINATOR))).isTrue();
        assertThat(ModuleRegistry.mayOpen(module(Set.of(Role.VISITOR)), viewer(Role.COORDINATOR))).isFalse();
    }

    @Test
    void aPersonWithSeveralRolesSeesTheUnion() {
        Viewer both = new Viewer(Set.of(Role.VOLUNTEER, Role.PEER_STAFF), Optional.of("p-1"), Optional.of("Pat"));
        assertThat(ModuleRegistry.mayOpen(module(Set.of(Role.VOLUNTEER)), both)).isTrue();
        assertThat(ModuleRegistry.mayOpen(module(Set.of(Role.PEER_STAFF)), both)).isTrue();
        assertThat(ModuleRegistry.mayOpen(module(Set.of(Role.SUPERVISOR)), both)).isFalse();
        assertThat(ModuleRegistry.mayOpen(module(Set.of(Role.VISITOR)), both)).isFalse();
    }

    private static Viewer viewer(Role role) {
        return role == Role.VISITOR ? Viewer.VISITOR : Viewer.staff(role, "p-1", "Pat");
    }

    @Test
    void aModuleThatThrowsFromItsTitleStillGetsATile() {
        assertThat(ModuleRegistry.safeTitle(module(Set.of(Role.VISITOR)), Locale.ENGLISH)).isEqualTo("m");
    }
}
