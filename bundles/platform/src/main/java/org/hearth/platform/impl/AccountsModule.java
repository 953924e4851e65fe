package org.hearth.platform.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;


import org.hearth.api.Accounts;
import org.hearth.api.AuditLog;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeerStaff;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.SupervisionRelations;
import org.hearth.api.Role;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The coordinator's screen for staff and volunteer accounts. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "accounts", title = "accounts.title", texts = AccountsModule.TEXTS,
        icon = VaadinIcon.KEY, audience = Role.COORDINATOR, order = 900)
public class AccountsModule extends DeclaredModule {

    static final String TEXTS = "i18n.platform";

    private final AccountServices services;

    @Activate
    public AccountsModule(@Reference PeopleDirectory people, @Reference Accounts accounts, @Reference PeerStaff peers,
                          @Reference SupervisionRelations supervision, @Reference AuditLog audit) {
        this.services = new AccountServices(people, accounts, peers, supervision, audit);
    }

    @Override
    public Component createView(ModuleContext context) {
        return new AccountsView(services, context);
    }
}
