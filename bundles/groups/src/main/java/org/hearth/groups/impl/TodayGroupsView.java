package org.hearth.groups.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;
import org.hearth.api.Texts;
import org.hearth.api.ui.StepHeading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facilitator's day: today's sessions of the groups they facilitate (or cover as a substitute); a
 * coordinator sees every session. Each opens to start it, take the roster and the headcount, and a topic line.
 */
class TodayGroupsView extends VerticalLayout {

    static final Logger LOG = LoggerFactory.getLogger(TodayGroupsView.class);

    final GroupsServices services;
    final Texts texts;
    final String actor;
    final boolean coordinator;
    final Paragraph message = Steps.message("today-message");
    Map<Long, Group> groups = Map.of();
    Map<String, Pathway> pathways = Map.of();

    TodayGroupsView(GroupsServices services, ModuleContext context) {
        this.services = services;
        this.texts = context.texts(TodayGroupsView.class, GroupsModule.TEXTS);
        this.actor = context.viewer().personId().orElse("staff");
        this.coordinator = context.viewer().holds(Role.COORDINATOR);
        addClassName("groups-today");
        setPadding(false);
        showToday();
    }

    void showToday() {
        removeAll();
        add(StepHeading.focus(new H1(texts.get("facilitate.title"))), message);
        Steps.attempt(this::mine, texts, message, LOG, "Today's groups").ifPresent(sessions -> {
            if (sessions.isEmpty()) {
                add(new Paragraph(texts.get("facilitate.none")));
            }
            for (Session s : sessions) {
                Button open = new Button(texts.get("facilitate.open"), e -> showSession(s.id()));
                open.setId("session-open-" + s.id());
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                open.getElement().setAttribute("aria-label", texts.get("facilitate.open.named",
                        groups.get(s.groupId()).name()));
                add(new SessionCard(texts, groups.get(s.groupId()), pathways, s, open));
            }
        });
    }

    private List<Session> mine() {
        groups = services.groups().list(true).stream().collect(Collectors.toMap(Group::id, Function.identity()));
        pathways = services.groups().pathways().stream().collect(Collectors.toMap(Pathway::code, Function.identity()));
        return services.sessions().between(services.sessions().today(), services.sessions().today()).stream()
                .filter(s -> groups.containsKey(s.groupId()) && mayRun(s)).toList();
    }

    /** Whether this viewer runs the session: a usual facilitator, its substitute, or a coordinator. */
    boolean mayRun(Session s) {
        Group g = groups.get(s.groupId());
        return coordinator || s.substitute().map(actor::equals).orElse(false)
                || (g != null && g.facilitators().contains(actor));
    }

    void showSession(long id) {
        removeAll();
        add(new SessionPanel(this, id));
    }
}
