package org.hearth.supervision.impl;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.api.Texts;

/**
 * A supervision log entry: the day, how long, how they met, the topics, short notes and the next steps agreed.
 * Nothing clinical has a field. Fires a {@link SaveEvent} with the draft or a {@link BackEvent}; its view saves.
 */
final class LogForm extends Div {

    private final Binder<LogDraft> binder = new Binder<>();
    private final LogDraft draft = new LogDraft();
    final Paragraph message = Steps.message("log-form-message");

    LogForm(Texts texts, List<Topics.Topic> topics, String peerName, LocalDate today) {
        setId("log-form");
        draft.metOn = today;
        DatePicker day = new DatePicker(texts.get("log.date"));
        day.setId("log-date");
        day.setMax(today);
        binder.forField(day).asRequired(texts.get("error.log.date")).bind(d -> d.metOn, (d, v) -> d.metOn = v);
        IntegerField minutes = new IntegerField(texts.get("log.minutes"));
        minutes.setId("log-minutes");
        minutes.setHelperText("1–" + LogEntry.MAX_MINUTES);
        binder.forField(minutes).asRequired(texts.get("error.log.minutes"))
                .withValidator(v -> v >= 1 && v <= LogEntry.MAX_MINUTES, texts.get("error.log.minutes"))
                .bind(d -> d.minutes, (d, v) -> d.minutes = v);
        // a select is checked with a validator, not asRequired (aria-required on its inner button fails axe-core)
        Select<LogEntry.Format> format = new Select<>();
        format.setLabel(texts.get("log.format"));
        format.setId("log-format");
        format.setItems(LogEntry.Format.values());
        format.setItemLabelGenerator(f -> texts.get("format." + f.name().toLowerCase(Locale.ROOT)));
        binder.forField(format).withValidator(java.util.Objects::nonNull, texts.get("error.log.format"))
                .bind(d -> d.format, (d, v) -> d.format = v);
        add(new H2(texts.get("log.form.title", peerName)), new Paragraph(texts.get("log.form.hint")),
                Ui.row(day, minutes, format), topics(texts, topics), words(texts), message, actions(texts));
        binder.setValidationStatusHandler(status -> message.setText(status.getValidationErrors().stream().findFirst()
                .map(ValidationResult::getErrorMessage).orElse("")));
        binder.readBean(draft);
    }

    private CheckboxGroup<String> topics(Texts texts, List<Topics.Topic> topics) {
        Map<String, String> names = topics.stream().collect(Collectors.toMap(Topics.Topic::code,
                t -> t.name(texts.locale()), (a, b) -> a, java.util.LinkedHashMap::new));
        CheckboxGroup<String> group = new CheckboxGroup<>(texts.get("log.topics"));
        group.setId("log-topics");
        group.setItems(names.keySet());
        group.setItemLabelGenerator(names::get);
        binder.forField(group).bind(d -> d.topics, (d, v) -> d.topics = new LinkedHashSet<>(v));
        return group;
    }

    private Div words(Texts texts) {
        TextArea notes = new TextArea(texts.get("log.notes"));
        notes.setId("log-notes");
        notes.setMaxLength(LogEntry.MAX_TEXT);
        notes.setWidthFull();
        binder.forField(notes).bind(d -> d.notes, (d, v) -> d.notes = v);
        TextArea next = new TextArea(texts.get("log.next"));
        next.setId("log-next");
        next.setMaxLength(LogEntry.MAX_TEXT);
        next.setWidthFull();
        binder.forField(next).bind(d -> d.nextSteps, (d, v) -> d.nextSteps = v);
        Div words = new Div(notes, next);
        words.getStyle().set("max-width", "48rem");
        return words;
    }

    private Div actions(Texts texts) {
        Button save = new Button(texts.get("log.save"), e -> save());
        save.setId("log-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = new Button(texts.get("back"), e -> fireEvent(new BackEvent(this)));
        back.setId("log-back");
        return Ui.actions(save, back);
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

    /** The supervisor saved the draft (not yet checked by the log). */
    static final class SaveEvent extends ComponentEvent<LogForm> {
        private final LogDraft draft;

        SaveEvent(LogForm source, LogDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        LogDraft draft() {
            return draft;
        }
    }

    /** The supervisor went back without saving. */
    static final class BackEvent extends ComponentEvent<LogForm> {
        BackEvent(LogForm source) {
            super(source, false);
        }
    }
}
