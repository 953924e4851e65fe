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

/** The coordinator's volunteer schedule: the week board with its gaps, templates, one-offs and closed days. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "volunteers-schedule", title = "board.title", texts = VolunteersModule.TEXTS,
        icon = VaadinIcon.CALENDAR_USER, audience = Role.COORDINATOR, order = 45)
public class ScheduleModule extends DeclaredModule {

    private final VolunteersServices services;
    private final Notices notices;

    @Activate
    public ScheduleModule(@Reference ShiftPlan plan, @Reference ShiftBook book, @Reference Timeclock timeclock,
                          @Reference RoleList roles, @Reference Candidates candidates,
                          @Reference CalendarLinks links, @Reference AuditLog audit,
                            @Reference HoursBook hours, @Reference StipendLedger ledger) {
        this.services = new VolunteersServices(plan, book, timeclock, roles, candidates, links, audit,
                new StipendServices(hours, ledger, candidates, roles, audit));
        this.notices = new Notices(services);
    }

    @Override
    public Optional<String> notice(Locale locale, Viewer viewer) {
        return viewer.mayOpen(audience()) ? notices.forCoordinator(locale) : Optional.empty();
    }

    @Override
    public Component createView(ModuleContext context) {
        return new WeekBoard(services, context);
    }
}
