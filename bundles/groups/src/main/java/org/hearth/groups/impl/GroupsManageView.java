package org.hearth.groups.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearth.api.Account;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;
import org.hearth.api.Texts;
import org.hearth.api.ui.StepHeading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's groups: every group that meets, a new one, a change, archiving (history kept), and each
 * group's coming sessions to call off, move or give a substitute facilitator.
 */
class GroupsManageView extends VerticalLayout {

    static final Logger LOG = LoggerFactory.getLogger(GroupsManageView.class);

    final GroupsServices services;
    final Texts texts;
    final String actor;
    final Paragraph message = Steps.message("manage-message");

    GroupsManageView(GroupsServices services, ModuleContext context) {
        this.services = services;
        this.texts = context.texts(GroupsManageView.class, GroupsModule.TEXTS);
        this.actor = context.viewer().personId().orElse("staff");
        addClassName("groups-manage");
        setPadding(false);
        showList();
    }

    void showList() {
        removeAll();
        add(StepHeading.focus(new H1(texts.get("manage.title"))), message,
                SessionPanel.row(button("manage-new", "manage.new", () -> showForm(new GroupDraft())),
                        button("manage-report", "manage.report", () -> show(new GroupReportPanel(this)))));
        Steps.attempt(() -> services.groups().list(false), texts, message, LOG, "The groups").ifPresent(groups -> {
            Map<String, Pathway> pathways = services.groups().pathways().stream()
                    .collect(Collectors.toMap(Pathway::code, Function.identity()));
            if (groups.isEmpty()) {
                add(new Paragraph(texts.get("manage.none")));
            }
            groups.forEach(g -> add(line(g, pathways)));
        });
    }

    private Component line(Group g, Map<String, Pathway> pathways) {
        Pathway pathway = pathways.get(g.pathwayCode());
        Paragraph about = new Paragraph(texts.get("manage.line", g.name(),
                pathway == null ? g.pathwayCode() : pathway.name(texts.locale()), schedule(g)));
        about.getElement().setAttribute("dir", "auto");
        Button edit = button("manage-edit-" + g.id(), "manage.edit", () -> showForm(GroupDraft.of(g)));
        Button sessions = button("manage-sessions-" + g.id(), "manage.sessions", () -> show(new GroupSessionsPanel(this, g)));
        Button archive = button("manage-archive-" + g.id(), "manage.archive", () -> {
            if (Steps.run(() -> services.groups().archive(g.id(), services.sessions().today()), texts, message, LOG,
                    "Archiving a group")) {
                services.audit().record(actor, "groups.archive", "group:" + g.id());
                showList();
                message.setText(texts.get("manage.archived"));
            }
        });
        for (Button b : List.of(edit, sessions, archive)) {
            b.getElement().setAttribute("aria-label", b.getText() + ": " + g.name());
        }
        return SessionPanel.row(about, edit, sessions, archive);
    }

    String schedule(Group g) {
        String day = g.schedule().weekday().getDisplayName(java.time.format.TextStyle.FULL, texts.locale());
        return g.schedule().frequency() == GroupSchedule.Frequency.WEEKLY ? texts.get("schedule.weekly", day)
                : texts.get("schedule.monthly", texts.get("week." + g.schedule().weekOfMonth().orElse(1)), day);
    }

    void showForm(GroupDraft draft) {
        if (draft.from == null) {
            draft.from = services.sessions().today();
            draft.weekday = draft.from.getDayOfWeek();
        }
        List<Account> facilitators = services.accounts().list().stream()
                .filter(a -> a.holds(Role.PEER_STAFF) || a.holds(Role.VOLUNTEER)).toList();
        Map<String, String> names = facilitators.stream().collect(Collectors.toMap(Account::personId,
                a -> services.name(a.personId()).orElse(a.displayName())));
        GroupForm form = new GroupForm(texts, draft, services.groups().pathways(), facilitators, names);
        form.addBackListener(e -> showList());
        form.addSaveListener(e -> {
            if (Steps.run(() -> services.groups().save(e.draft().group()), texts, form.message, LOG, "Saving a group")) {
                services.audit().record(actor, "groups.save", "groups");
                showList();
                message.setText(texts.get("manage.saved"));
            }
        });
        show(form);
    }

    void show(Component panel) {
        removeAll();
        add(panel);
    }

    Button button(String id, String key, Runnable action) {
        Button b = new Button(texts.get(key), e -> action.run());
        b.setId(id);
        return b;
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
