package org.hearth.volunteers.impl;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.hearth.api.Texts;

/**
 * Correcting one entry's check-in and check-out, with a required reason; its earlier corrections are listed below.
 * It fires a {@link SaveEvent} with what the fields say, or a {@link BackEvent}; its view saves and audits.
 */
final class CorrectionForm extends Div {

    /** What the form edits, as its {@code Binder} reads and writes it by name (public, for that reflection). */
    public record Edit(LocalDate inDate, LocalTime inTime, LocalDate outDate, LocalTime outTime, String reason) {

        static Edit of(TimeEntry entry) {
            LocalDateTime out = entry.checkedOut().orElse(entry.checkedIn());
            return new Edit(entry.checkedIn().toLocalDate(), entry.checkedIn().toLocalTime(), out.toLocalDate(),
                    out.toLocalTime(), "");
        }

        LocalDateTime in() {
            return LocalDateTime.of(inDate, inTime);
        }

        LocalDateTime out() {
            return LocalDateTime.of(outDate, outTime);
        }
    }

    private final Binder<Edit> binder = new Binder<>(Edit.class);
    private final Paragraph message = HoursView.message("correct-message");

    CorrectionForm(Texts texts, TimeEntry entry, List<HoursBook.Correction> history, HoursView view) {
        H2 heading = new H2(texts.get("correct.title", view.name(entry.personId())));
        heading.setId("correct-title");
        Div when = bindFields(texts);
        binder.readRecord(Edit.of(entry));
        Button save = new Button(texts.get("correct.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("correct-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = new Button(texts.get("back"), VaadinIcon.ARROW_LEFT.create(), e -> fireEvent(new BackEvent(this)));
        back.setId("correct-back");
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Div actions = HoursView.row();
        actions.add(save, back);
        add(heading, new Paragraph(texts.get("correct.note")), when, message, actions);
        if (!history.isEmpty()) {
            add(history(texts, view, history));
        }
    }

    /** Binds the four pickers and the reason, all required. */
    private Div bindFields(Texts texts) {
        DatePicker inDate = new DatePicker(texts.get("correct.in.date"));
        TimePicker inTime = new TimePicker(texts.get("correct.in.time"));
        DatePicker outDate = new DatePicker(texts.get("correct.out.date"));
        TimePicker outTime = new TimePicker(texts.get("correct.out.time"));
        inDate.setId("correct-in-date");
        inTime.setId("correct-in-time");
        outDate.setId("correct-out-date");
        outTime.setId("correct-out-time");
        inTime.setStep(Duration.ofMinutes(5));
        outTime.setStep(Duration.ofMinutes(5));
        inDate.setLocale(texts.locale());
        outDate.setLocale(texts.locale());
        TextArea reason = new TextArea(texts.get("correct.reason"));
        reason.setId("correct-reason");
        reason.setMaxLength(HoursBook.MAX_REASON);
        reason.setWidthFull();
        String missing = texts.get("error.hours.order");
        binder.forField(inDate).asRequired(missing).bind("inDate");
        binder.forField(inTime).asRequired(missing).bind("inTime");
        binder.forField(outDate).asRequired(missing).bind("outDate");
        binder.forField(outTime).asRequired(missing).bind("outTime");
        binder.forField(reason).asRequired(texts.get("error.hours.reason")).bind("reason");
        binder.setValidationStatusHandler(status -> {
            status.notifyBindingValidationStatusHandlers();
            message.setText(status.getValidationErrors().stream().findFirst().map(ValidationResult::getErrorMessage)
                    .orElse(""));
        });
        Div when = HoursView.row();
        when.add(inDate, inTime, outDate, outTime, reason);
        return when;
    }

    /** An entry's corrections, oldest first: old times, new times, why, who and when. */
    static UnorderedList history(Texts texts, HoursView view, List<HoursBook.Correction> history) {
        UnorderedList list = new UnorderedList();
        list.setId("correct-history");
        list.add(new H3(texts.get("correct.history")));
        for (HoursBook.Correction c : history) {
            ListItem item = new ListItem(texts.get("correct.history.line", view.when(c.at()), view.name(c.by()),
                    view.when(c.oldIn()), c.oldOut().map(view::when).orElse("\u2014"), view.when(c.newIn()),
                    view.when(c.newOut()), c.reason()));
            item.getElement().setAttribute("dir", "auto");
            list.add(item);
        }
        return list;
    }

    /** Where refusals of the saved correction are shown. */
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

    /** The coordinator saved new times with a reason (not yet checked against the rules). */
    static final class SaveEvent extends ComponentEvent<CorrectionForm> {
        private final Edit edit;

        SaveEvent(CorrectionForm source, Edit edit) {
            super(source, false);
            this.edit = edit;
        }

        Edit edit() {
            return edit;
        }
    }

    /** The coordinator went back without saving. */
    static final class BackEvent extends ComponentEvent<CorrectionForm> {
        BackEvent(CorrectionForm source) {
            super(source, false);
        }
    }
}
