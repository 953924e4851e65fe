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

/** The member's tile: their own plan at the kiosk after their PIN, to read, print and save, and their self-check. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "coaching-mine", title = "module.title", texts = CoachingServices.TEXTS,
        icon = VaadinIcon.CLIPBOARD_HEART, audience = Role.VISITOR, order = 35)
public class MyPlanModule extends DeclaredModule {

    private final CoachingServices services;

    @Activate
    public MyPlanModule(@Reference Coaching coaching) {
        this.services = coaching.services();
    }

    @Override
    public Component createView(ModuleContext context) {
        return new MyPlanView(services, context);
    }
}
