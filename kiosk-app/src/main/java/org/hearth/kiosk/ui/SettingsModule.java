package org.hearth.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Set;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;

/** The host's settings screen for coordinators: the center's name and hours, closing time, language, idle timings. */
public final class SettingsModule implements KioskModule {

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public String title(Locale locale) {
        return KioskSession.shellTexts(locale).get("settings.title");
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.COG_O;
    }

    @Override
    public Set<Role> audience() {
        return Set.of(Role.COORDINATOR);
    }

    @Override
    public int order() {
        return 1010;
    }

    @Override
    public Component createView(ModuleContext context) {
        return new SettingsView(KioskSession.shellTexts(context.locale()), context.viewer());
    }
}
