package org.hearth.kiosk.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.felix.framework.Felix;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/** The registry against a real (empty) Felix, where services come and go as they do in the kiosk. */
class ModuleRegistryFelixTest {

    @TempDir
    Path cache;
    private Felix felix;
    private BundleContext context;
    private ModuleRegistry registry;

    @BeforeEach
    void start() throws Exception {
        felix = new Felix(Map.of(Constants.FRAMEWORK_STORAGE, cache.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        felix.start();
        context = felix.getBundleContext();
        registry = new ModuleRegistry(context);
        registry.open();
    }

    @AfterEach
    void stop() throws Exception {
        registry.close();
        felix.stop();
        felix.waitForStop(10_000);
    }

    @Test
    void aModuleUnregisteredWhileItIsBeingAddedLeavesNoBrokenEntry() {
        AtomicReference<ServiceRegistration<KioskModule>> registration = new AtomicReference<>();
        KioskModule vanishing = new Module("vanishing") {
            @Override
            public String id() {
                ServiceRegistration<KioskModule> own = registration.getAndSet(null);
                if (own != null) {
                    own.unregister(); // its bundle stops while the registry is reading it
                }
                return super.id();
            }
        };
        ServiceRegistration<KioskModule> steady = context.registerService(KioskModule.class, new Module("steady"), null);
        registration.set(context.registerService(KioskModule.class, vanishing, null));
        ModuleRegistry late = new ModuleRegistry(context);
        try {
            late.open();
            assertThat(late.entries()).extracting(e -> e.module().id()).containsExactly("steady");
            steady.unregister();
            assertThat(late.entries()).isEmpty();
        } finally {
            late.close();
        }
    }

    @Test
    void ofTwoModulesWithOneIdTheOneThatLeftIsNoLongerOffered() {
        Map<KioskModule, ServiceRegistration<KioskModule>> registrations = new java.util.HashMap<>();
        for (Module twin : List.of(new Module("twin"), new Module("twin"))) {
            registrations.put(twin, context.registerService(KioskModule.class, twin, null));
        }
        KioskModule shown = registry.find("twin").orElseThrow().module();
        registrations.remove(shown).unregister();
        KioskModule other = registrations.keySet().iterator().next();

        // a view of the one that left must close, although a module with its id is still found
        assertThat(registry.offers(shown)).isFalse();
        assertThat(registry.offers(other)).isTrue();
        assertThat(registry.find("twin").orElseThrow().module()).isSameAs(other);
    }

    private static class Module implements KioskModule {
        private final String id;

        Module(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public String title(Locale locale) {
            return id;
        }

        public VaadinIcon icon() {
            return VaadinIcon.HOME;
        }

        public Set<Role> audience() {
            return Set.of(Role.VISITOR);
        }

        public Component createView(ModuleContext context) {
            return null;
        }
    }
}
