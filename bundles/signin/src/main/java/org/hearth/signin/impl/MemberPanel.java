package org.hearth.signin.impl;

import org.hearth.api.Failures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One member's record for staff (its opening is audited by {@link MembersView#open}): what is kept, their
 * visits, and what staff do at the member's request: edit, key tag, merge a duplicate, show them their
 * record, export it (CSV or JSON), or delete it.
 */
final class MemberPanel extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(MemberPanel.class);

    private final MembersView view;
    private final MembersModule.Services services;
    private final Texts texts;
    private final Person person;
    private final Div actions = new Div();
    private final Paragraph message = new Paragraph();

    MemberPanel(MembersView view, Person person) {
        this.view = view;
        this.services = view.services;
        this.texts = view.texts;
        this.person = person;
        Optional<MemberInfo> info = services.members().find(person.id());
        List<Visit> visits = services.visits().visitsOf(person.id());
        H2 name = new H2(TodayView.name(person));
        name.setId("member-name");
        name.getElement().setAttribute("dir", "auto");
        Div facts = new Div();
        facts.setId("member-facts");
        fact(facts, "member.language", person.preferredLanguage().flatMap(Language::of).map(Language::label));
        fact(facts, "member.keytag", person.keyTag());
        fact(facts, "member.tier", info.map(i -> texts.get(i.tier().textKey())));
        fact(facts, "member.heard", info.flatMap(MemberInfo::howHeard).map(h -> texts.get(h.textKey())));
        fact(facts, "member.contact", info.flatMap(MemberInfo::contact));
        fact(facts, "member.registered", Optional.of(person.registeredAt().atZone(services.visits().zone())
                .toLocalDate().toString()));
        fact(facts, "member.visits", Optional.of(Integer.toString(visits.size())));
        message.setId("member-message");
        message.addClassName("form-message");
        actions.setId("member-actions");
        add(name, facts, buttons(info), message, actions);
    }

    private Div buttons(Optional<MemberInfo> info) {
        Button edit = button("member-edit", "member.edit", VaadinIcon.EDIT, () -> showEdit(info));
        Button tag = button("member-keytag", "member.keytag.assign", VaadinIcon.KEY, this::showKeyTag);
        Button merge = button("member-merge", "member.merge", VaadinIcon.CONNECT, this::showMerge);
        Button see = button("member-see", "member.see", VaadinIcon.EYE, this::showVisits);
        Button forget = button("member-delete", "member.delete", VaadinIcon.TRASH, this::showDelete);
        Button back = button("member-back", "back", VaadinIcon.ARROW_LEFT, view::showSearch);
        String file = "member-" + person.id().substring(0, 8);
        Div row = new Div(edit, tag, merge, see,
                Downloads.link("member-export-csv", texts.get("member.export.csv"), file + ".csv", "text/csv",
                        () -> exported(MemberRecordCsv.of(texts, services.visits().zone(), person,
                                services.members().find(person.id()), services.visits().visitsOf(person.id())))),
                Downloads.link("member-export-json", texts.get("member.export.json"), file + ".json", "application/json",
                        () -> exported(Exports.memberJson(person, services.members().find(person.id()),
                                services.visits().visitsOf(person.id())))),
                forget, back);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px");
        return row;
    }

    private String exported(String content) {
        services.audit().record(view.actor(), "member.export", person.id());
        return content;
    }

    private void showEdit(Optional<MemberInfo> info) {
        MemberEditForm form = new MemberEditForm(texts, person, info);
        form.addSaveListener(e -> act("member.edit", () -> save(e.edit(), info)));
        show(form);
    }

    private void save(MemberEditForm.Edit edit, Optional<MemberInfo> info) {
        services.people().update(new Person(person.id(), edit.name(), edit.initialGiven(),
                Optional.ofNullable(edit.language()).map(Language::tag), person.keyTag(), person.registeredAt()));
        services.members().save(new MemberInfo(person.id(), edit.tier(), Optional.ofNullable(edit.heard()),
                edit.contactKept(), info.map(MemberInfo::registeredAt).orElse(person.registeredAt())));
    }

    private void showKeyTag() {
        TextField tag = new TextField(texts.get("member.keytag"));
        tag.setId("member-keytag-value");
        tag.setMaxLength(64);
        person.keyTag().ifPresent(tag::setValue);
        Button save = button("member-keytag-save", "save", VaadinIcon.CHECK, () -> act("member.keytag", () ->
                services.people().assignKeyTag(person.id(), Optional.of(tag.getValue()).filter(s -> !s.isBlank()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show(new Div(tag, save));
    }

    private void showMerge() {
        Paragraph note = new Paragraph(texts.get("member.merge.note", TodayView.name(person)));
        show(new Div(note, new MembersView.Search(view, "merge", person.id(), duplicate -> {
            Button confirm = button("merge-confirm", "member.merge.confirm", VaadinIcon.CONNECT, () -> act("member.merge",
                    () -> services.members().merge(duplicate.id(), person.id())));
            confirm.setText(texts.get("member.merge.confirm", TodayView.name(duplicate), TodayView.name(person)));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            show(new Div(note, confirm));
        })));
    }

    private void showVisits() {
        Div list = new Div();
        list.setId("member-visits");
        for (Visit visit : services.visits().visitsOf(person.id())) {
            list.add(new Paragraph(visit.visitedAt().atZone(services.visits().zone()).toLocalDateTime().withNano(0)
                    + "  " + String.join(", ", visit.purposes().stream().map(p -> texts.get(p.textKey())).toList())));
        }
        show(new Div(new H3(texts.get("member.see.title")), list));
    }

    private void showDelete() {
        Button confirm = button("member-delete-confirm", "member.delete.confirm", VaadinIcon.TRASH, () -> {
            if (act("member.delete", () -> services.members().forget(person.id()))) {
                view.showSearch();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        show(new Div(new Paragraph(texts.get("member.delete.note")), confirm));
    }

    /** Does a change at the member's request, audits it, and opens the record afresh. */
    private boolean act(String action, Runnable change) {
        try {
            change.run();
            services.audit().record(view.actor(), action, person.id());
        } catch (RuntimeException e) {
            if (!Failures.isRefusal(e)) {
                LOG.error("{} failed for member {}: {}", action, person.id(), Failures.describe(e));
            }
            message.setText(Failures.message(texts, e));
            return false;
        }
        if (!"member.delete".equals(action)) {
            services.people().find(person.id()).ifPresentOrElse(view::open, view::showSearch);
        }
        return true;
    }

    private void show(Div content) {
        actions.removeAll();
        message.setText("");
        actions.add(content);
    }

    private void fact(Div facts, String key, Optional<String> value) {
        Paragraph line = new Paragraph(texts.get(key) + ": " + value.orElse("\u2014"));
        line.getElement().setAttribute("dir", "auto");
        facts.add(line);
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(texts.get(key), icon.create(), e -> action.run());
        button.setId(id);
        return button;
    }
}
