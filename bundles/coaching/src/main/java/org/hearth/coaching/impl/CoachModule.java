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

/** The coach's tile (and the supervisor's): their members, what is due, plans and contacts. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "coaching", title = "coach.title", texts = CoachingServices.TEXTS,
        icon = VaadinIcon.HANDSHAKE, audience = {Role.PEER_STAFF, Role.SUPERVISOR}, order = 14)
public class CoachModule extends DeclaredModule {

    private final CoachingServices services;

    @Activate
    public CoachModule(@Reference Coaching coaching) {
        this.services = coaching.services();
    }

    @Override
    public Component createView(ModuleContext context) {
        return new CoachView(services, context);
    }
}
