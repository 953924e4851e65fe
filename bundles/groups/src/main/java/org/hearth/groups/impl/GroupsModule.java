package org.hearth.groups.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.hearth.api.Accounts;
import org.hearth.api.AuditLog;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The visitors' tile: this week's groups, their times, rooms and notices. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "groups", title = "module.title", texts = GroupsModule.TEXTS,
        icon = VaadinIcon.USERS, audience = Role.VISITOR, order = 25)
public class GroupsModule extends DeclaredModule {

    static final String TEXTS = "i18n.groups";

    private final GroupsServices services;

    @Activate
    public GroupsModule(@Reference GroupBook groups, @Reference SessionBook sessions, @Reference Attendance attendance, @Reference GroupReport report,
                @Reference PeopleDirectory people, @Reference Accounts accounts, @Reference AuditLog audit) {
        this.services = new GroupsServices(groups, sessions, attendance, report, people, accounts, audit);
    }

    @Override
    public Component createView(ModuleContext context) {
        return new GroupsWeekView(services, context);
    }
}
