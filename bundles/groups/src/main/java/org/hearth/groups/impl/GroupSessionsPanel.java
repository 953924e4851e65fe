package org.hearth.groups.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.Account;
import org.hearth.api.Role;

/**
 * A group's sessions of the next weeks, one at a time: call one off with a notice the kiosk shows (or put it
 * back), move it (day, times, room), or give it a substitute facilitator. The group's schedule stays.
 */
final class GroupSessionsPanel extends Div {

    static final int WEEKS = 6;

    private final GroupsManageView view;
    private final Group group;
    private final Paragraph message = Steps.message("sessions-message");

    GroupSessionsPanel(GroupsManageView view, Group group) {
        this.view = view;
        this.group = group;
        setId("sessions-panel");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(view.texts.get("sessions.title", group.name())), message);
        LocalDate today = view.services.sessions().today();
        Map<String, Pathway> pathways = view.services.groups().pathways().stream()
                .collect(java.util.stream.Collectors.toMap(Pathway::code, p -> p));
        view.services.sessions().between(today, today.plusWeeks(WEEKS)).stream()
                .filter(s -> s.groupId() == group.id()).forEach(s -> add(new SessionCard(view.texts, group, pathways, s,
                        cancel(s), view.button("sessions-move-" + s.id(), "sessions.move", () -> move(s)),
                        substitute(s))));
        Div actions = SessionPanel.row(view.button("sessions-back", "back", view::showList));
        actions.addClassName("step-actions");
        add(actions);
    }

    private Div cancel(Session s) {
        TextField note = new TextField(view.texts.get("sessions.note"));
        note.setId("sessions-note-" + s.id());
        note.setMaxLength(SessionBook.MAX_NOTE);
        Button button = view.button("sessions-cancel-" + s.id(), s.cancelled() ? "sessions.restore" : "sessions.cancel",
                () -> change(() -> view.services.sessions().cancel(s.id(), !s.cancelled(),
                        Optional.ofNullable(note.getValue())), "sessions.cancel"));
        return s.cancelled() ? SessionPanel.row(button) : SessionPanel.row(note, button);
    }

    private Div substitute(Session s) {
        Select<String> who = new Select<>();
        who.setId("sessions-substitute-" + s.id());
        who.setLabel(view.texts.get("sessions.substitute"));
        who.setItems(view.services.accounts().list().stream().filter(a -> a.holds(Role.PEER_STAFF)
                || a.holds(Role.VOLUNTEER)).map(Account::personId).toList());
        who.setItemLabelGenerator(id -> view.services.name(id).orElse(id));
        s.substitute().ifPresent(who::setValue);
        who.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(() -> view.services.sessions().substitute(s.id(), Optional.ofNullable(e.getValue())),
                        "sessions.substitute");
            }
        });
        return SessionPanel.row(who);
    }

    private void move(Session s) {
        removeAll();
        DatePicker day = new DatePicker(view.texts.get("form.day"), s.start().toLocalDate());
        day.setId("move-day");
        TimePicker start = new TimePicker(view.texts.get("form.start"), s.start().toLocalTime());
        start.setId("move-start");
        TimePicker end = new TimePicker(view.texts.get("form.end"), s.end().toLocalTime());
        end.setId("move-end");
        TextField room = new TextField(view.texts.get("form.room"), s.room().orElse(""), "");
        room.setId("move-room");
        Button save = view.button("move-save", "form.save", () -> {
            if (day.getValue() == null || start.getValue() == null || end.getValue() == null) {
                message.setText(view.texts.get("error.times"));
                return;
            }
            change(() -> view.services.sessions().move(s.id(), day.getValue().atTime(start.getValue()),
                    day.getValue().atTime(end.getValue()), Optional.ofNullable(room.getValue())), "sessions.move");
        });
        Div actions = SessionPanel.row(save, view.button("move-back", "back", this::show));
        actions.addClassName("step-actions");
        add(new H2(view.texts.get("sessions.move.title", group.name(), SessionCard.when(view.texts, s))), message,
                SessionPanel.row(day, start, end, room), actions);
    }

    private void change(Runnable action, String what) {
        if (Steps.run(action, view.texts, message, GroupsManageView.LOG, "A session change")) {
            view.services.audit().record(view.actor, "groups." + what, "group:" + group.id());
            show();
            message.setText(view.texts.get("manage.saved"));
        }
    }
}
