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

/** For volunteers and peer staff running an event: who said they are coming, who came, and a headcount. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "events-roster", title = "roster.title", texts = EventsModule.TEXTS,
        icon = VaadinIcon.CLIPBOARD_CHECK, audience = {Role.VOLUNTEER, Role.PEER_STAFF, Role.SUPERVISOR}, order = 45)
public class RosterModule extends DeclaredModule {

    private final EventsServices services;

    @Activate
    public RosterModule(@Reference EventStore store, @Reference Schedule schedule, @Reference RsvpBook rsvps,
                        @Reference AttendanceBook attendance, @Reference Reports reports,
                        @Reference PeopleDirectory people, @Reference Accounts accounts, @Reference AuditLog audit) {
        this.services = new EventsServices(store, schedule, rsvps, attendance, reports, people, accounts, audit);
    }

    @Override
    public Component createView(ModuleContext context) {
        return new ManageView(services, context, false);
    }
}
