package org.hearth.signin.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;


import org.hearth.api.AuditLog;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * "Members" on the staff home: find a member, view (audited), edit, assign a key tag, merge duplicates, and
 * act on a member's wish to see, export or delete their own record.
 */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "signin-members", title = "members.title", texts = SignInModule.TEXTS,
        icon = VaadinIcon.USERS, audience = {Role.PEER_STAFF, Role.COORDINATOR}, order = 20)
public class MembersModule extends DeclaredModule {

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
    public Component createView(ModuleContext context) {
        return new MembersView(services, context);
    }
}
