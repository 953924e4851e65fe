package org.hearth.signin.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;


import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** "Visit counts" for reports: numbers only, small counts suppressed in exports. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "signin-counts", title = "counts.title", texts = SignInModule.TEXTS,
        icon = VaadinIcon.BAR_CHART, audience = {Role.SUPERVISOR, Role.COORDINATOR}, order = 30)
public class CountsModule extends DeclaredModule {

    private final VisitCounts counts;
    private final Clock clock;

    @Activate
    public CountsModule(@Reference VisitCounts counts, @Reference Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public Component createView(ModuleContext context) {
        return new CountsView(counts, clock, context);
    }
}
