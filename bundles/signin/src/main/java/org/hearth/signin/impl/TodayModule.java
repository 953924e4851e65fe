package org.hearth.signin.impl;

import org.hearth.api.Failures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Optional;

import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Today" on the staff home: visits so far, who is in the building (with sign-out), anonymous counts and
 * open "I'd like to talk to someone" requests. Its tile says how many requests are open.
 */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "signin-today", title = "today.title", texts = SignInModule.TEXTS,
        icon = VaadinIcon.CALENDAR_USER, audience = {Role.PEER_STAFF, Role.SUPERVISOR, Role.COORDINATOR}, order = 10)
public class TodayModule extends DeclaredModule {

    private static final Logger LOG = LoggerFactory.getLogger(TodayModule.class);

    private final VisitBook visits;
    private final TalkRequests talk;
    private final PeopleDirectory people;
    private final ClosingTime closing;

    @Activate
    public TodayModule(@Reference VisitBook visits, @Reference TalkRequests talk, @Reference PeopleDirectory people,
                       @Reference ClosingTime closing) {
        this.visits = visits;
        this.talk = talk;
        this.people = people;
        this.closing = closing;
    }

    @Override
    public Optional<String> notice(Locale locale, Viewer viewer) {
        if (!viewer.mayOpen(audience())) {
            return Optional.empty();
        }
        try {
            int open = talk.countOpen();
            return open == 0 ? Optional.empty()
                    : Optional.of(Texts.load(TodayModule.class, SignInModule.TEXTS, locale).get("today.notice", open));
        } catch (RuntimeException e) {
            LOG.warn("Could not count talk requests: {}", Failures.describe(e));
            return Optional.empty();
        }
    }

    @Override
    public Component createView(ModuleContext context) {
        return new TodayView(visits, talk, people, closing.closing(), context);
    }
}
