package org.hearth.kiosk.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Dictionary;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** The kiosk reads a module's declaration from its service properties, without calling into the bundle. */
class DeclaredModulePropertiesTest {

    /** A module whose declared answers throw: only its title and view may be asked for. */
    private static final KioskModule UNASKED = new KioskModule() {
        public String id() {
            throw new AssertionError("id asked");
        }

        public String title(Locale locale) {
            return "Shifts";
        }

        public VaadinIcon icon() {
            throw new AssertionError("icon asked");
        }

        public Set<Role> audience() {
            throw new AssertionError("audience asked");
        }

        public Component createView(ModuleContext context) {
            return new Div();
        }
    };

    @Test
    void declaredPropertiesAnswerForTheModule() {
        KioskModule module = DeclaredModuleProperties.of(reference(Map.of("hearth.module.id", "shifts",
                "hearth.module.icon", "CLOCK", "hearth.module.audience", new String[] {"VOLUNTEER", "PEER_STAFF"},
                "hearth.module.order", 30, "hearth.module.acceptsScans", false)), UNASKED);
        assertThat(module.id()).isEqualTo("shifts");
        assertThat(module.icon()).isEqualTo(VaadinIcon.CLOCK);
        assertThat(module.audience()).containsExactlyInAnyOrder(Role.VOLUNTEER, Role.PEER_STAFF);
        assertThat(module.order()).isEqualTo(30);
        assertThat(module.acceptsScans()).isFalse();
        assertThat(module.title(Locale.ENGLISH)).isEqualTo("Shifts");
        assertThat(ModuleRegistry.safeId(module)).isEqualTo("shifts");
    }

    @Test
    void aModuleWithoutADeclarationIsAskedAsBefore() {
        assertThat(DeclaredModuleProperties.of(reference(Map.of()), UNASKED)).isSameAs(UNASKED);
        assertThat(DeclaredModuleProperties.of(reference(Map.of("hearth.module.id", "x", "hearth.module.icon",
                "NO_SUCH_ICON", "hearth.module.audience", "VISITOR")), UNASKED)).as("a bad declaration").isSameAs(UNASKED);
    }

    private static ServiceReference<KioskModule> reference(Map<String, Object> properties) {
        return new ServiceReference<>() {
            public Object getProperty(String key) {
                return properties.get(key);
            }

            public String[] getPropertyKeys() {
                return properties.keySet().toArray(String[]::new);
            }

            public Bundle getBundle() {
                return null;
            }

            public Bundle[] getUsingBundles() {
                return null;
            }

            public boolean isAssignableTo(Bundle bundle, String className) {
                return true;
            }

            public int compareTo(Object reference) {
                return 0;
            }

            public Dictionary<String, Object> getProperties() {
                return new java.util.Hashtable<>(properties);
            }

            public <A> A adapt(Class<A> type) {
                return null;
            }
        };
    }
}
