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

/** The coordinator's events: create, edit, copy and cancel; RSVPs and attendance; counts for reports. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
public class ManageModule implements KioskModule {

    private final EventsServices services;

    @Activate
    public ManageModule(@Reference EventStore store, @Reference Schedule schedule, @Reference RsvpBook rsvps,
                        @Reference AttendanceBook attendance, @Reference Reports reports,
                        @Reference PeopleDirectory people, @Reference Accounts accounts, @Reference AuditLog audit) {
        this.services = new EventsServices(store, schedule, rsvps, attendance, reports, people, accounts, audit);
    }

    @Override
    public String id() {
        return "events-manage";
    }

    @Override
    public String title(Locale locale) {
        return Texts.load(ManageModule.class, EventsModule.TEXTS, locale).get("manage.title");
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.CALENDAR_USER;
    }

    @Override
    public Set<Role> audience() {
        return Set.of(Role.COORDINATOR);
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component createView(ModuleContext context) {
        return new ManageView(services, context, true);
    }
}
