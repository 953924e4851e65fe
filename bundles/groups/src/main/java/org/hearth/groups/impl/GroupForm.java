package org.hearth.groups.impl;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hearth.api.Account;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Texts;

/**
 * A group: name, pathway or topic, kind of support, weekly or monthly schedule, room, open or closed, language,
 * usual facilitators. Fires a {@link SaveEvent} or a {@link BackEvent}; its view saves. Selects are checked by a
 * validator rather than marked required (Vaadin puts aria-required on the select's inner button).
 */
final class GroupForm extends Div {

    private final Binder<GroupDraft> binder = new Binder<>();
    private final GroupDraft draft;
    final Paragraph message = Steps.message("group-form-message");

    GroupForm(Texts texts, GroupDraft draft, List<Pathway> pathways, List<Account> facilitators,
              Map<String, String> names) {
        this.draft = draft;
        setId("group-form");
        Div what = what(texts, pathways);
        Div where = where(texts);
        CheckboxGroup<String> people = facilitators(texts, facilitators, names);
        Button save = new Button(texts.get("form.save"), e -> save());
        save.setId("group-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = new Button(texts.get("back"), e -> fireEvent(new BackEvent(this)));
        back.setId("group-form-back");
        Div actions = SessionPanel.row(save, back);
        actions.addClassName("step-actions");
        binder.setValidationStatusHandler(status -> message.setText(status.getValidationErrors().stream().findFirst()
                .map(ValidationResult::getErrorMessage).orElse("")));
        Div schedule = schedule(texts);
        binder.readBean(draft);
        add(new H2(texts.get(draft.id == 0 ? "form.new" : "form.change")), what, schedule, where, people, message,
                actions);
    }

    private Div what(Texts texts, List<Pathway> pathways) {
        TextField name = new TextField(texts.get("form.name"));
        name.setId("group-form-name");
        name.setMaxLength(Group.MAX_NAME);
        name.setWidth("24rem");
        binder.forField(name).asRequired(texts.get("error.name")).bind(d -> d.name, (d, v) -> d.name = v);
        Select<String> pathway = select(texts, "pathway", pathways.stream().map(Pathway::code).toList(),
                code -> pathways.stream().filter(p -> p.code().equals(code)).findFirst().map(p -> p.name(texts.locale()))
                        .orElse(code));
        binder.forField(pathway).withValidator(Objects::nonNull, texts.get("error.pathway"))
                .bind(d -> d.pathway, (d, v) -> d.pathway = v);
        Select<KindOfSupport> kind = select(texts, "kind", List.of(KindOfSupport.values()),
                k -> texts.get("kind." + k.name().toLowerCase(Locale.ROOT)));
        binder.forField(kind).withValidator(Objects::nonNull, texts.get("error.kind")).bind(d -> d.kind, (d, v) -> d.kind = v);
        return SessionPanel.row(name, pathway, kind);
    }

    private Div where(Texts texts) {
        TextField room = new TextField(texts.get("form.room"));
        room.setId("group-form-room");
        room.setMaxLength(Group.MAX_ROOM);
        binder.forField(room).bind(d -> d.room, (d, v) -> d.room = v);
        Select<String> language = select(texts, "language", List.of("en", "es"), l -> texts.get("language." + l));
        binder.forField(language).withValidator(Objects::nonNull, texts.get("error.language"))
                .bind(d -> d.language, (d, v) -> d.language = v);
        Checkbox open = new Checkbox(texts.get("form.open"));
        open.setId("group-form-open");
        binder.forField(open).bind(d -> d.open, (d, v) -> d.open = v);
        return SessionPanel.row(room, language, open);
    }

    private CheckboxGroup<String> facilitators(Texts texts, List<Account> facilitators, Map<String, String> names) {
        CheckboxGroup<String> people = new CheckboxGroup<>(texts.get("form.facilitators"));
        people.setId("group-form-facilitators");
        people.setItems(facilitators.stream().map(Account::personId).toList());
        people.setItemLabelGenerator(id -> names.getOrDefault(id, id));
        binder.forField(people).bind(d -> d.facilitators, (d, v) -> d.facilitators = new java.util.HashSet<>(v));
        return people;
    }

    private Div schedule(Texts texts) {
        Select<GroupSchedule.Frequency> frequency = select(texts, "frequency", List.of(GroupSchedule.Frequency.values()),
                f -> texts.get("frequency." + f.name().toLowerCase(Locale.ROOT)));
        binder.forField(frequency).withValidator(Objects::nonNull, texts.get("error.week"))
                .bind(d -> d.frequency, (d, v) -> d.frequency = v);
        Select<Integer> week = select(texts, "week", List.of(1, 2, 3, 4, -1), w -> texts.get("week." + w));
        binder.forField(week).bind(d -> d.weekOfMonth, (d, v) -> d.weekOfMonth = v);
        week.setVisible(draft.frequency == GroupSchedule.Frequency.MONTHLY);
        frequency.addValueChangeListener(e -> week.setVisible(e.getValue() == GroupSchedule.Frequency.MONTHLY));
        Select<DayOfWeek> weekday = select(texts, "weekday", List.of(DayOfWeek.values()),
                d -> d.getDisplayName(TextStyle.FULL, texts.locale()));
        binder.forField(weekday).withValidator(Objects::nonNull, texts.get("error.day"))
                .bind(d -> d.weekday, (d, v) -> d.weekday = v);
        TimePicker start = new TimePicker(texts.get("form.start"));
        start.setId("group-form-start");
        TimePicker end = new TimePicker(texts.get("form.end"));
        end.setId("group-form-end");
        binder.forField(start).asRequired(texts.get("error.times")).bind(d -> d.start, (d, v) -> d.start = v);
        binder.forField(end).asRequired(texts.get("error.times"))
                .withValidator(v -> start.getValue() == null || v.isAfter(start.getValue()), texts.get("error.times"))
                .bind(d -> d.end, (d, v) -> d.end = v);
        return SessionPanel.row(frequency, week, weekday, start, end);
    }

    private static <T> Select<T> select(Texts texts, String name, List<T> items,
                                        com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        Select<T> select = new Select<>();
        select.setId("group-form-" + name);
        select.setLabel(texts.get("form." + name));
        select.setItems(items);
        select.setItemLabelGenerator(label);
        return select;
    }

    private void save() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addBackListener(ComponentEventListener<BackEvent> listener) {
        return addListener(BackEvent.class, listener);
    }

    /** The coordinator saved the group (not yet checked). */
    static final class SaveEvent extends ComponentEvent<GroupForm> {
        private final GroupDraft draft;

        SaveEvent(GroupForm source, GroupDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        GroupDraft draft() {
            return draft;
        }
    }

    /** The coordinator went back without saving. */
    static final class BackEvent extends ComponentEvent<GroupForm> {
        BackEvent(GroupForm source) {
            super(source, false);
        }
    }
}
