package org.hearth.volunteers.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.hearth.api.AuditLog;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The volunteer's own tile after they sign in: next shifts, open shifts to pick, check in and out, hours. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "volunteers", title = "my.title", texts = VolunteersModule.TEXTS,
        icon = VaadinIcon.CALENDAR_CLOCK, audience = {Role.VOLUNTEER, Role.PEER_STAFF}, order = 10)
public class VolunteersModule extends DeclaredModule {

    static final String TEXTS = "i18n.volunteers";

    private final VolunteersServices services;
    private final Notices notices;

    @Activate
    public VolunteersModule(@Reference ShiftPlan plan, @Reference ShiftBook book, @Reference Timeclock timeclock,
                            @Reference RoleList roles, @Reference Candidates candidates,
                            @Reference CalendarLinks links, @Reference AuditLog audit,
                            @Reference HoursBook hours, @Reference StipendLedger ledger) {
        this.services = new VolunteersServices(plan, book, timeclock, roles, candidates, links, audit,
                new StipendServices(hours, ledger, candidates, roles, audit));
        this.notices = new Notices(services);
    }

    @Override
    public Optional<String> notice(Locale locale, Viewer viewer) {
        return viewer.personId().filter(id -> viewer.mayOpen(audience())).flatMap(id -> notices.forVolunteer(id, locale));
    }

    @Override
    public Component createView(ModuleContext context) {
        return new MyShiftsView(services, context);
    }
}
