package org.hearth.coaching.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Check-up calls for volunteers: who asked for a call, what to ask, and where to write the outcome. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "coaching-calls", title = "calls.title", texts = CoachingServices.TEXTS,
        icon = VaadinIcon.PHONE, audience = Role.VOLUNTEER, order = 16)
public class CallsModule extends DeclaredModule {

    private final CoachingServices services;

    @Activate
    public CallsModule(@Reference Coaching coaching) {
        this.services = coaching.services();
    }

    @Override
    public Component createView(ModuleContext context) {
        return new CallListView(services, context);
    }
}
