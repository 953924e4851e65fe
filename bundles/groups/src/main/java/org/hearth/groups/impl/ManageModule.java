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

/** The coordinator's groups: create and change groups, archive them, and change single sessions. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "groups-manage", title = "manage.title", texts = GroupsModule.TEXTS,
        icon = VaadinIcon.COG, audience = Role.COORDINATOR, order = 47)
public class ManageModule extends DeclaredModule {

    private final GroupsServices services;

    @Activate
    public ManageModule(@Reference GroupBook groups, @Reference SessionBook sessions, @Reference Attendance attendance, @Reference GroupReport report,
                @Reference PeopleDirectory people, @Reference Accounts accounts, @Reference AuditLog audit) {
        this.services = new GroupsServices(groups, sessions, attendance, report, people, accounts, audit);
    }

    @Override
    public Component createView(ModuleContext context) {
        return new GroupsManageView(services, context);
    }
}
