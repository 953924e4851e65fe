package org.hearth.signin.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;
import org.hearth.api.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** "Visit counts" for reports: numbers only, small counts suppressed in exports. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
public class CountsModule implements KioskModule {

    private final VisitCounts counts;
    private final Clock clock;

    @Activate
    public CountsModule(@Reference VisitCounts counts, @Reference Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "signin-counts";
    }

    @Override
    public String title(Locale locale) {
        return Texts.load(CountsModule.class, SignInModule.TEXTS, locale).get("counts.title");
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.BAR_CHART;
    }

    @Override
    public Set<Role> audience() {
        return Set.of(Role.SUPERVISOR, Role.COORDINATOR);
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component createView(ModuleContext context) {
        return new CountsView(counts, clock, context);
    }
}
