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

/** The center's list of community resources, kept by staff and linked from plans. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "coaching-resources", title = "resources.title", texts = CoachingServices.TEXTS,
        icon = VaadinIcon.LIST_UL, audience = {Role.PEER_STAFF, Role.COORDINATOR}, order = 48)
public class ResourcesModule extends DeclaredModule {

    private final CoachingServices services;

    @Activate
    public ResourcesModule(@Reference Coaching coaching) {
        this.services = coaching.services();
    }

    @Override
    public Component createView(ModuleContext context) {
        return new ResourcesView(services, context);
    }
}
