package org.hearth.events.impl;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.hearth.api.Texts;

/**
 * Changing one date of a series (title, place, description, times); the rest of the series stays as it is.
 * It fires a {@link SaveEvent} with what the fields say, or a {@link BackEvent}; its view saves and audits.
 */
final class OccurrenceForm extends Div {

    /** What the form edits, as its {@code Binder} reads and writes it by name (public, for that reflection). */
    public record Edit(String title, String place, String description, LocalDate startDate, LocalTime startTime,
                LocalDate endDate, LocalTime endTime) {

        static Edit of(Occurrence occurrence) {
            LocalDateTime start = occurrence.start().toLocalDateTime();
            LocalDateTime end = occurrence.end().toLocalDateTime();
            return new Edit(occurrence.title(), occurrence.place().orElse(""), occurrence.description().orElse(""),
                    start.toLocalDate(), start.toLocalTime(), end.toLocalDate(), end.toLocalTime());
        }

        LocalDateTime start() {
            return LocalDateTime.of(startDate, startTime);
        }

        LocalDateTime end() {
            return LocalDateTime.of(endDate, endTime);
        }
    }

    private final Binder<Edit> binder = new Binder<>(Edit.class);
    private final Paragraph message = WeekView.message("occ-form-message");

    OccurrenceForm(Texts texts, Occurrence occurrence) {
        H2 heading = new H2(texts.get("form.one", occurrence.key().occursOn().toString()));
        heading.setId("occ-form-title");
        TextField title = new TextField(texts.get("form.title"));
        title.setId("occ-form-name");
        title.setMaxLength(EventRules.TITLE_MAX);
        title.setWidthFull();
        TextField place = new TextField(texts.get("form.place"));
        place.setId("occ-form-place");
        place.setMaxLength(EventRules.PLACE_MAX);
        TextArea description = new TextArea(texts.get("form.description"));
        description.setId("occ-form-description");
        description.setMaxLength(EventRules.DESCRIPTION_MAX);
        description.setWidthFull();
        Div when = bindFields(texts, title, place, description);
        binder.readRecord(Edit.of(occurrence));
        Button save = new Button(texts.get("form.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("occ-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = new Button(texts.get("back"), VaadinIcon.ARROW_LEFT.create(), e -> fireEvent(new BackEvent(this)));
        back.setId("occ-form-back");
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        add(heading, new Paragraph(texts.get("form.one.note")), title, place, description, when, message, save, back);
    }

    /** Binds the fields by name, the four pickers required; the row of pickers. */
    private Div bindFields(Texts texts, TextField title, TextField place, TextArea description) {
        binder.forField(title).bind("title");
        binder.forField(place).bind("place");
        binder.forField(description).bind("description");
        DatePicker startDate = new DatePicker();
        TimePicker startTime = new TimePicker();
        DatePicker endDate = new DatePicker();
        TimePicker endTime = new TimePicker();
        FormFields.dateTime(texts, startDate, startTime, "occ-form-start", texts.get("form.start"), null);
        FormFields.dateTime(texts, endDate, endTime, "occ-form-end", texts.get("form.end"), null);
        String missing = texts.get("error.time.missing");
        binder.forField(startDate).asRequired(missing).bind("startDate");
        binder.forField(startTime).asRequired(missing).bind("startTime");
        binder.forField(endDate).asRequired(missing).bind("endDate");
        binder.forField(endTime).asRequired(missing).bind("endTime");
        binder.setValidationStatusHandler(status -> {
            status.notifyBindingValidationStatusHandlers();
            message.setText(status.getValidationErrors().stream().findFirst().map(ValidationResult::getErrorMessage)
                    .orElse(""));
        });
        Div when = ManageView.row();
        when.add(startDate, startTime, endDate, endTime);
        return when;
    }

    /** Where refusals of the saved change are shown. */
    Paragraph message() {
        return message;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addBackListener(ComponentEventListener<BackEvent> listener) {
        return addListener(BackEvent.class, listener);
    }

    private void save() {
        try {
            fireEvent(new SaveEvent(this, binder.writeRecord()));
        } catch (ValidationException e) {
            // the status handler shows what is missing
        }
    }

    /** Staff saved the date's new details (not yet compared with the series'). */
    static final class SaveEvent extends ComponentEvent<OccurrenceForm> {
        private final Edit edit;

        SaveEvent(OccurrenceForm source, Edit edit) {
            super(source, false);
            this.edit = edit;
        }

        Edit edit() {
            return edit;
        }
    }

    /** Staff went back without saving. */
    static final class BackEvent extends ComponentEvent<OccurrenceForm> {
        BackEvent(OccurrenceForm source) {
            super(source, false);
        }
    }
}
