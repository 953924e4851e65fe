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

/** The visitors' tile: today's and this week's events as large cards, with RSVP. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "events", title = "module.title", texts = EventsModule.TEXTS,
        icon = VaadinIcon.CALENDAR, audience = Role.VISITOR, order = 20)
public class EventsModule extends DeclaredModule {

    static final String TEXTS = "i18n.events";

    private final EventsServices services;

    @Activate
    public EventsModule(@Reference EventStore store, @Reference Schedule schedule, @Reference RsvpBook rsvps,
                        @Reference AttendanceBook attendance, @Reference Reports reports,
                        @Reference PeopleDirectory people, @Reference Accounts accounts, @Reference AuditLog audit) {
        this.services = new EventsServices(store, schedule, rsvps, attendance, reports, people, accounts, audit);
    }

    @Override
    public Component createView(ModuleContext context) {
        return new WeekView(services, context);
    }
}
