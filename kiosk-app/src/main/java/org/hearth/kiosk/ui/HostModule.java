package org.hearth.kiosk.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Set;
import org.hearth.api.KioskModule;
import org.hearth.api.Role;

/** A coordinator's module the host itself offers (not a bundle's): titled from the shell's texts. */
abstract class HostModule implements KioskModule {

    private final String id;
    private final String titleKey;
    private final VaadinIcon icon;
    private final int order;

    HostModule(String id, String titleKey, VaadinIcon icon, int order) {
        this.id = id;
        this.titleKey = titleKey;
        this.icon = icon;
        this.order = order;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(Locale locale) {
        return KioskSession.shellTexts(locale).get(titleKey);
    }

    @Override
    public VaadinIcon icon() {
        return icon;
    }

    @Override
    public Set<Role> audience() {
        return Set.of(Role.COORDINATOR);
    }

    @Override
    public int order() {
        return order;
    }
}
