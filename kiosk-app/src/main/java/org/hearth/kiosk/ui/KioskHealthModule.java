package org.hearth.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.hearth.kiosk.web.HealthServlet;

/** The host's own staff module for coordinators: the kiosk's health in words, and its bundles managed. */
public final class KioskHealthModule implements KioskModule {

    @Override
    public String id() {
        return "kiosk-health";
    }

    @Override
    public String title(Locale locale) {
        return KioskSession.shellTexts(locale).get("health.title");
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.HEART_O;
    }

    @Override
    public Set<Role> audience() {
        return Set.of(Role.COORDINATOR);
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public Optional<String> notice(Locale locale, Viewer viewer) {
        Object status = HealthServlet.report().get("status");
        return "UP".equals(status) ? Optional.empty()
                : Optional.of(KioskSession.shellTexts(locale).get("health.status." + status));
    }

    @Override
    public Component createView(ModuleContext context) {
        return new ModulesView(KioskSession.shellTexts(context.locale()), context.viewer());
    }
}
