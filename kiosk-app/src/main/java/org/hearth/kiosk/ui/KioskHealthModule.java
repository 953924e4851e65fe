package org.hearth.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.ModuleContext;
import org.hearth.api.Viewer;
import org.hearth.kiosk.web.HealthServlet;

/** The host's own staff module for coordinators: the kiosk's health in words, and its bundles managed. */
public final class KioskHealthModule extends HostModule {

    public KioskHealthModule() {
        super("kiosk-health", "health.title", VaadinIcon.HEART_O, 1000);
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
