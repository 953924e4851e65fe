package org.hearth.coaching.impl;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Objects;
import org.hearth.api.Texts;

/** A contact with the member: day, how, minutes, a short strengths-based note and the next step. */
final class ContactForm extends Div {

    /** What the form edits. Mutable, for Binder. */
    static final class Draft {
        LocalDate day;
        ContactKind how = ContactKind.IN_PERSON;
        Integer minutes = 30;
        String note = "";
        String next = "";
    }

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    final Paragraph message = Steps.message("note-form-message");

    ContactForm(Texts texts, LocalDate today) {
        setId("note-form");
        draft.day = today;
        DatePicker day = new DatePicker(texts.get("note.day"));
        day.setId("note-form-day");
        day.setLocale(texts.locale());
        binder.forField(day).asRequired(texts.get("error.contact.date", ContactBook.DAYS_BACK))
                .bind(d -> d.day, (d, v) -> d.day = v);
        Select<ContactKind> how = new Select<>();
        how.setId("note-form-how");
        how.setLabel(texts.get("note.how"));
        how.setItems(ContactKind.values());
        how.setItemLabelGenerator(k -> texts.get(k.key()));
        binder.forField(how).withValidator(Objects::nonNull, texts.get("note.how")).bind(d -> d.how, (d, v) -> d.how = v);
        IntegerField minutes = new IntegerField(texts.get("note.minutes"));
        minutes.setId("note-form-minutes");
        binder.forField(minutes).asRequired(texts.get("error.contact.minutes"))
                .bind(d -> d.minutes, (d, v) -> d.minutes = v);
        TextArea note = new TextArea(texts.get("note.note"));
        note.setId("note-form-note");
        note.setMaxLength(Contact.MAX_NOTE);
        note.setWidthFull();
        binder.forField(note).asRequired(texts.get("error.contact.note", Contact.MAX_NOTE))
                .bind(d -> d.note, (d, v) -> d.note = v);
        TextField next = new TextField(texts.get("note.next"));
        next.setId("note-form-next");
        next.setMaxLength(Contact.MAX_STEP);
        next.setWidthFull();
        binder.forField(next).bind(d -> d.next, (d, v) -> d.next = v);
        Button save = Ui.button(texts, "note-form-save", "save", () -> {
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new SaveEvent(this, draft));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = Ui.button(texts, "note-form-back", "back", () -> fireEvent(new BackEvent(this)));
        Div actions = Ui.row(save, back);
        actions.addClassName("step-actions");
        binder.setValidationStatusHandler(status -> message.setText(status.getValidationErrors().stream().findFirst()
                .map(ValidationResult::getErrorMessage).orElse("")));
        binder.readBean(draft);
        add(new H2(texts.get("note.title")), Ui.row(day, how, minutes), note, next, message, actions);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addBackListener(ComponentEventListener<BackEvent> listener) {
        return addListener(BackEvent.class, listener);
    }

    /** The coach saved the contact (not yet checked). */
    static final class SaveEvent extends ComponentEvent<ContactForm> {
        private final Draft draft;

        SaveEvent(ContactForm source, Draft draft) {
            super(source, false);
            this.draft = draft;
        }

        Draft draft() {
            return draft;
        }
    }

    /** The coach went back without saving. */
    static final class BackEvent extends ComponentEvent<ContactForm> {
        BackEvent(ContactForm source) {
            super(source, false);
        }
    }
}
