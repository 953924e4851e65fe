package org.hearth.signin.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;


import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.ModuleContext;
import org.hearth.api.Centers;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The sign-in tile on the welcome screen; it also takes key tags scanned there. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "signin", title = "module.title", texts = SignInModule.TEXTS,
        icon = VaadinIcon.SIGN_IN, audience = Role.VISITOR, order = 10, acceptsScans = true)
public class SignInModule extends DeclaredModule {

    static final String TEXTS = "i18n.signin";

    private final SignInServices services;

    @Activate
    public SignInModule(@Reference PeopleDirectory people, @Reference MemberBook members,
                        @Reference VisitBook visits, @Reference TalkRequests talk,
                        @Reference TodayOfferings offerings, @Reference Centers centers) {
        this.services = new SignInServices(people, members, visits, talk, offerings, centers);
    }

    @Override
    public Component createView(ModuleContext context) {
        return new SignInView(services, context);
    }
}
