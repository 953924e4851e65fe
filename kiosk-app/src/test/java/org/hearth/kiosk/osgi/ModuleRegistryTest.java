package org.hearth.kiosk.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Set;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;
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
        assertThat(ModuleRegistry.mayOpen(module(Set.of(Role.VISITOR)), Role.VISITOR)).isTrue();
        assertThat(ModuleRegistry.mayOpen(module(Set.of(Role.SUPERVISOR)), Role.VISITOR)).isFalse();
    }

    @Test
    void staffSeeTheirRolesModulesAndCoordinatorsSeeEveryStaffModule() {
        KioskModule supervision = module(Set.of(Role.SUPERVISOR, Role.PEER_STAFF));
        assertThat(ModuleRegistry.mayOpen(supervision, Role.PEER_STAFF)).isTrue();
        assertThat(ModuleRegistry.mayOpen(supervision, Role.VOLUNTEER)).isFalse();
        assertThat(ModuleRegistry.mayOpen(supervision, Role.COORDINATOR)).isTrue();
        assertThat(ModuleRegistry.mayOpen(module(Set.of(Role.VISITOR)), Role.COORDINATOR)).isFalse();
    }

    @Test
    void aModuleThatThrowsFromItsTitleStillGetsATile() {
        assertThat(ModuleRegistry.safeTitle(module(Set.of(Role.VISITOR)), Locale.ENGLISH)).isEqualTo("m");
    }
}
