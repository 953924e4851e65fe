package org.hearth.volunteers.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.hearth.api.AuditLog;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The coordinator's hours and stipends: approve or correct hours, approve and pay stipends, the bookkeeper's CSV. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "volunteers-hours", title = "hours.title", texts = HoursModule.TEXTS,
        icon = VaadinIcon.MONEY, audience = Role.COORDINATOR, order = 46)
public class HoursModule extends DeclaredModule {

    static final String TEXTS = "i18n.stipends";

    private final StipendServices services;

    @Activate
    public HoursModule(@Reference HoursBook hours, @Reference StipendLedger ledger, @Reference Candidates candidates,
                       @Reference RoleList roles, @Reference AuditLog audit) {
        this.services = new StipendServices(hours, ledger, candidates, roles, audit);
    }

    @Override
    public Component createView(ModuleContext context) {
        return new HoursView(services, context);
    }
}
