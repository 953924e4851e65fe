package org.hearth.kiosk.osgi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.osgi.framework.ServiceReference;

/**
 * A module as its service properties declare it ({@link ModuleDeclaration}): id, icon, audience, order and
 * scans are read by the kiosk without calling into the bundle; title, notice and view still come from it.
 */
record DeclaredModuleProperties(KioskModule module, String id, VaadinIcon icon, Set<Role> audience, int order,
                                boolean acceptsScans) implements KioskModule {

    /** The module wrapped with its declared properties, or the module itself when it declares none. */
    static KioskModule of(ServiceReference<?> reference, KioskModule module) {
        Object id = reference.getProperty(ModuleDeclaration.PREFIX_ + "id");
        if (!(id instanceof String declaredId)) {
            return module;
        }
        try {
            return new DeclaredModuleProperties(module, declaredId,
                    VaadinIcon.valueOf(String.valueOf(reference.getProperty(ModuleDeclaration.PREFIX_ + "icon"))),
                    roles(reference.getProperty(ModuleDeclaration.PREFIX_ + "audience")),
                    reference.getProperty(ModuleDeclaration.PREFIX_ + "order") instanceof Integer order ? order : 100,
                    Boolean.TRUE.equals(reference.getProperty(ModuleDeclaration.PREFIX_ + "acceptsScans")));
        } catch (IllegalArgumentException e) {
            return module;
        }
    }

    private static Set<Role> roles(Object value) {
        String[] names = value instanceof String[] many ? many : new String[] {String.valueOf(value)};
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    @Override
    public String title(Locale locale) {
        return module.title(locale);
    }

    @Override
    public Optional<String> notice(Locale locale, Viewer viewer) {
        return module.notice(locale, viewer);
    }

    @Override
    public Component createView(ModuleContext context) {
        return module.createView(context);
    }
}
