package org.hearth.signin.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Set;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;
import org.hearth.api.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The sign-in tile on the welcome screen; it also takes key tags scanned there. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
public class SignInModule implements KioskModule {

    static final String TEXTS = "i18n.signin";

    private final SignInServices services;

    @Activate
    public SignInModule(@Reference PeopleDirectory people, @Reference MemberBook members,
                        @Reference VisitBook visits, @Reference TalkRequests talk,
                        @Reference TodayOfferings offerings) {
        this.services = new SignInServices(people, members, visits, talk, offerings);
    }

    @Override
    public String id() {
        return "signin";
    }

    @Override
    public String title(Locale locale) {
        return Texts.load(SignInModule.class, TEXTS, locale).get("module.title");
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.SIGN_IN;
    }

    @Override
    public Set<Role> audience() {
        return Set.of(Role.VISITOR);
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean acceptsScans() {
        return true;
    }

    @Override
    public Component createView(ModuleContext context) {
        return new SignInView(services, context);
    }
}
