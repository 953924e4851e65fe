package org.hearth.events.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;


import org.hearth.api.Accounts;
import org.hearth.api.AuditLog;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The coordinator's events: create, edit, copy and cancel; RSVPs and attendance; counts for reports. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "events-manage", title = "manage.title", texts = EventsModule.TEXTS,
        icon = VaadinIcon.CALENDAR_USER, audience = Role.COORDINATOR, order = 40)
public class ManageModule extends DeclaredModule {

    private final EventsServices services;

    @Activate
    public ManageModule(@Reference EventStore store, @Reference Schedule schedule, @Reference RsvpBook rsvps,
                        @Reference AttendanceBook attendance, @Reference Reports reports,
                        @Reference PeopleDirectory people, @Reference Accounts accounts, @Reference AuditLog audit) {
        this.services = new EventsServices(store, schedule, rsvps, attendance, reports, people, accounts, audit);
    }

    @Override
    public Component createView(ModuleContext context) {
        return new ManageView(services, context, true);
    }
}
