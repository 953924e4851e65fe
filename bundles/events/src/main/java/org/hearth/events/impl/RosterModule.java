package org.hearth.events.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Set;
import org.hearth.api.Accounts;
import org.hearth.api.AuditLog;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;
import org.hearth.api.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** For volunteers and peer staff running an event: who said they are coming, who came, and a headcount. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
public class RosterModule implements KioskModule {

    private final EventsServices services;

    @Activate
    public RosterModule(@Reference EventStore store, @Reference Schedule schedule, @Reference RsvpBook rsvps,
                        @Reference AttendanceBook attendance, @Reference Reports reports,
                        @Reference PeopleDirectory people, @Reference Accounts accounts, @Reference AuditLog audit) {
        this.services = new EventsServices(store, schedule, rsvps, attendance, reports, people, accounts, audit);
    }

    @Override
    public String id() {
        return "events-roster";
    }

    @Override
    public String title(Locale locale) {
        return Texts.load(RosterModule.class, EventsModule.TEXTS, locale).get("roster.title");
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.CLIPBOARD_CHECK;
    }

    @Override
    public Set<Role> audience() {
        return Set.of(Role.VOLUNTEER, Role.PEER_STAFF, Role.SUPERVISOR);
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Component createView(ModuleContext context) {
        return new ManageView(services, context, false);
    }
}
