package org.hearth.groups.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.ui.MemberFinder;

/**
 * One session for its facilitator: start it, tick those present who chose to be named (the group's regulars
 * and anyone who named it at sign-in), add a member by their masked name, take an anonymous headcount, and a short
 * topic line. The total counts everyone once. No notes about anyone.
 */
final class SessionPanel extends Div {

    private final TodayGroupsView view;
    private final long id;
    private final Paragraph message = Steps.message("session-message");

    SessionPanel(TodayGroupsView view, long id) {
        this.view = view;
        this.id = id;
        setId("session-panel");
        show();
    }

    private void show() {
        removeAll();
        Optional<Session> found = Steps.attempt(() -> view.services.sessions().find(id)
                .filter(view::mayRun).orElseThrow(() -> new Refusal("error.not.yours")), view.texts, message,
                TodayGroupsView.LOG, "A session");
        Group group = found.map(s -> view.groups.get(s.groupId())).orElse(null);
        add(new H2(group == null ? view.texts.get("facilitate.title") : group.name()), message);
        if (found.isPresent() && group != null) {
            view.services.audit().record(view.actor, "groups.roster.view", "session:" + id);
            showSession(found.get(), group);
        }
        Div actions = row(button("session-back", "back", view::showToday));
        actions.addClassName("step-actions");
        add(actions);
    }

    private void showSession(Session s, Group group) {
        add(new Paragraph(SessionCard.when(view.texts, s)));
        if (s.startedAt().isEmpty() && !s.cancelled()) {
            Button start = button("session-start", "session.start", () -> change(() -> view.services.sessions()
                    .start(id, view.actor), "session.started"));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            add(start);
        }
        Paragraph totals = new Paragraph(view.texts.get("session.totals", s.total(), s.named(), s.anonymous(),
                s.headcount().map(String::valueOf).orElse(view.texts.get("session.headcount.none"))));
        totals.setId("session-totals");
        totals.getStyle().set("font-size", "1.3rem").set("font-weight", "700");
        add(totals);
        if (s.raised()) {
            add(new Paragraph(view.texts.get("session.raised")));
        }
        add(roster(s, group), counts(s));
    }

    private Div roster(Session s, Group group) {
        Div roster = new Div(new H3(view.texts.get("roster.title")), new Paragraph(view.texts.get("roster.note")));
        List<Attendance.Named> named = view.services.attendance().named(id);
        Set<String> people = new LinkedHashSet<>();
        named.forEach(n -> people.add(n.personId()));
        people.addAll(view.services.attendance().regulars(group.id(), s.day()));
        for (String person : people) {
            Optional<Attendance.Named> here = named.stream().filter(n -> n.personId().equals(person)).findFirst();
            String name = view.services.name(person).orElse(view.texts.get("roster.someone"));
            Checkbox box = new Checkbox(here.filter(Attendance.Named::signedIn).isPresent()
                    ? view.texts.get("roster.signed.in", name) : name, here.isPresent());
            box.setId("roster-" + person);
            box.setReadOnly(here.filter(Attendance.Named::signedIn).isPresent());
            box.addValueChangeListener(e -> change(() -> {
                if (e.getValue()) {
                    view.services.attendance().present(id, person);
                } else {
                    view.services.attendance().notPresent(id, person);
                }
            }, "roster.saved"));
            roster.add(box);
        }
        roster.add(new MemberFinder(view.services.people(), view.texts, "roster-add-", "roster",
                view.texts.get("roster.add"), (person, typed) -> change(() -> view.services.attendance()
                        .present(id, person.id()), "roster.saved"),
                (person, code) -> change(() -> view.services.attendance().present(id, person.id()), "roster.saved")));
        return roster;
    }

    private Div counts(Session s) {
        IntegerField headcount = new IntegerField(view.texts.get("session.headcount"));
        headcount.setId("session-headcount");
        headcount.setHelperText(view.texts.get("session.headcount.note"));
        s.headcount().ifPresent(headcount::setValue);
        Button saveCount = button("session-headcount-save", "session.headcount.save", () -> change(() -> view.services
                .sessions().headcount(id, headcount.getValue() == null ? -1 : headcount.getValue()), "session.saved"));
        TextField topic = new TextField(view.texts.get("session.topic"));
        topic.setId("session-topic");
        topic.setMaxLength(SessionBook.MAX_TOPIC);
        topic.setHelperText(view.texts.get("session.topic.note"));
        s.topic().ifPresent(topic::setValue);
        Button saveTopic = button("session-topic-save", "session.topic.save", () -> change(() -> view.services
                .sessions().topic(id, topic.getValue()), "session.saved"));
        return new Div(row(headcount, saveCount), row(topic, saveTopic));
    }

    private void change(Runnable action, String doneKey) {
        if (Steps.run(action, view.texts, message, TodayGroupsView.LOG, "A session change")) {
            view.services.audit().record(view.actor, "groups.session.change", "session:" + id);
            show();
            message.setText(view.texts.get(doneKey));
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(view.texts.get(key), e -> action.run());
        b.setId(id);
        return b;
    }

    static Div row(com.vaadin.flow.component.Component... children) {
        Div row = new Div(children);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "12px").set("align-items", "end");
        return row;
    }
}
