package org.hearth.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.hearth.api.ModuleContext;

/** The host's settings screen for coordinators: the center's name and hours, closing time, language, idle timings. */
public final class SettingsModule extends HostModule {

    public SettingsModule() {
        super("settings", "settings.title", VaadinIcon.COG_O, 1010);
    }

    @Override
    public Component createView(ModuleContext context) {
        return new SettingsView(KioskSession.shellTexts(context.locale()), context.viewer());
    }
}
