package org.hearth.platform.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import org.hearth.api.AuditLog;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The coordinator's look at the audit log: who read or changed what, when, about whom. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "audit", title = "audit.title", texts = AccountsModule.TEXTS,
        icon = VaadinIcon.EYE, audience = Role.COORDINATOR, order = 950)
public class AuditModule extends DeclaredModule {

    private final AuditSearch search;
    private final PeopleDirectory people;
    private final AuditLog audit;

    @Activate
    public AuditModule(@Reference PlatformSchema schema, @Reference Clock clock, @Reference PeopleDirectory people,
                       @Reference AuditLog audit) {
        this.search = new AuditSearch(schema.jdbi(), clock.getZone());
        this.people = people;
        this.audit = audit;
    }

    @Override
    public Component createView(ModuleContext context) {
        return new AuditView(search, people, audit, context);
    }
}
