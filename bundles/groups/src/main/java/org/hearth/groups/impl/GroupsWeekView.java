package org.hearth.groups.impl;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.hearth.api.ui.StepHeading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Groups this week" for visitors: every session of the next seven days, its time, room, pathway, whether it is
 * open to anyone, its language, and a called-off session's notice. No names, no counts.
 */
class GroupsWeekView extends VerticalLayout {

    static final int DAYS = 7;
    private static final Logger LOG = LoggerFactory.getLogger(GroupsWeekView.class);

    GroupsWeekView(GroupsServices services, ModuleContext context) {
        Texts texts = context.texts(GroupsWeekView.class, GroupsModule.TEXTS);
        addClassName("groups-week");
        setPadding(false);
        Paragraph message = Steps.message("groups-message");
        add(StepHeading.focus(new H1(texts.get("module.title"))), new Paragraph(texts.get("week.note")), message);
        LocalDate today = services.sessions().today();
        Steps.attempt(() -> {
            Map<Long, Group> groups = services.groups().list(true).stream()
                    .collect(Collectors.toMap(Group::id, Function.identity()));
            Map<String, Pathway> pathways = services.groups().pathways().stream()
                    .collect(Collectors.toMap(Pathway::code, Function.identity()));
            List<Session> week = services.sessions().between(today, today.plusDays(DAYS - 1)).stream()
                    .filter(s -> !s.isOver(services.sessions().now()) && groups.containsKey(s.groupId())).toList();
            if (week.isEmpty()) {
                add(new Paragraph(texts.get("week.none")));
            }
            LocalDate shown = null;
            for (Session s : week) {
                if (!s.day().equals(shown)) {
                    shown = s.day();
                    add(new H2(s.day().equals(today) ? texts.get("week.today")
                            : java.time.format.DateTimeFormatter.ofPattern(texts.get("format.day"), texts.locale())
                            .format(s.day())));
                }
                add(new SessionCard(texts, groups.get(s.groupId()), pathways, s));
            }
            return week;
        }, texts, message, LOG, "Groups this week");
    }
}
