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

/** The peer's own tile: their supervision log, their reflections, their re-engagement plan if there is one. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "my-supervision", title = "my.title", texts = SupervisionModule.TEXTS,
        icon = VaadinIcon.NOTEBOOK, audience = {Role.PEER_STAFF, Role.VOLUNTEER}, order = 20)
public class MySupervisionModule extends DeclaredModule {

    private final SupervisionServices services;

    @Activate
    public MySupervisionModule(@Reference Access access, @Reference Topics topics, @Reference SupervisionLog log,
                               @Reference Cadence cadence, @Reference Plans plans, @Reference PeopleDirectory people,
                               @Reference PeerStaff peers) {
        this.services = new SupervisionServices(access, topics, log, cadence, plans, people, peers);
    }

    @Override
    public Optional<String> notice(Locale locale, Viewer viewer) {
        int unread = viewer.isStaff() ? viewer.personId().map(services.log()::unread).orElse(0) : 0;
        return unread == 0 ? Optional.empty() : Optional.of(texts(locale).get("my.notice", unread));
    }

    @Override
    public Component createView(ModuleContext context) {
        return new MySupervisionView(services, context);
    }
}
