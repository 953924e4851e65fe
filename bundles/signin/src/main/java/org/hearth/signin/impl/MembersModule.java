package org.hearth.signin.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Set;
import org.hearth.api.AuditLog;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;
import org.hearth.api.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * "Members" on the staff home: find a member, view (audited), edit, assign a key tag, merge duplicates, and
 * act on a member's wish to see, export or delete their own record.
 */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
public class MembersModule implements KioskModule {

    /** What the members screens use. */
    record Services(PeopleDirectory people, MemberBook members, VisitBook visits, AuditLog audit) {
    }

    private final Services services;

    @Activate
    public MembersModule(@Reference PeopleDirectory people, @Reference MemberBook members,
                         @Reference VisitBook visits, @Reference AuditLog audit) {
        this.services = new Services(people, members, visits, audit);
    }

    @Override
    public String id() {
        return "signin-members";
    }

    @Override
    public String title(Locale locale) {
        return Texts.load(MembersModule.class, SignInModule.TEXTS, locale).get("members.title");
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.USERS;
    }

    @Override
    public Set<Role> audience() {
        return Set.of(Role.PEER_STAFF, Role.COORDINATOR);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component createView(ModuleContext context) {
        return new MembersView(services, context);
    }
}
