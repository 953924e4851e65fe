package org.hearth.supervision.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.PeerStaff;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The supervisor's tile: their supervisees, who is due, writing a log entry, the plans they share. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "supervision", title = "title", texts = SupervisionModule.TEXTS,
        icon = VaadinIcon.HANDSHAKE, audience = Role.SUPERVISOR, order = 40)
public class SupervisionModule extends DeclaredModule {

    static final String TEXTS = "i18n.supervision";

    private final SupervisionServices services;

    @Activate
    public SupervisionModule(@Reference Access access, @Reference Topics topics, @Reference SupervisionLog log,
                             @Reference Cadence cadence, @Reference Plans plans, @Reference PeopleDirectory people,
                             @Reference PeerStaff peers) {
        this.services = new SupervisionServices(access, topics, log, cadence, plans, people, peers);
    }

    @Override
    public Optional<String> notice(Locale locale, Viewer viewer) {
        long due = services.access().supervisees(viewer).stream()
                .filter(r -> services.cadence().of(viewer, r.superviseeId()).needsSession()).count();
        return due == 0 ? Optional.empty() : Optional.of(texts(locale).get("sup.notice", due));
    }

    @Override
    public Component createView(ModuleContext context) {
        return new SupervisionView(services, context);
    }
}
