package org.hearth.events.impl;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Account;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Texts;

/**
 * The coordinator's form for a new event, a copy, or a whole series. Every event carries the alcohol- and
 * drug-free note; the form says so rather than asking. It fires a {@link SaveEvent} with a draft its fields
 * could be read into, or a {@link BackEvent}; its view saves and audits. How it repeats is its
 * {@link RepetitionFields}.
 */
final class EventForm extends Div {

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField place = new TextField();
    private final Select<KindOfSupport> kind = new Select<>();
    private final CheckboxGroup<Tag> tags = new CheckboxGroup<>();
    private final Checkbox childCare = new Checkbox();
    private final Checkbox transport = new Checkbox();
    private final TextField capacity = new TextField();
    private final Select<String> organiser = new Select<>();
    private final DatePicker startDate = new DatePicker();
    private final TimePicker startTime = new TimePicker();
    private final DatePicker endDate = new DatePicker();
    private final TimePicker endTime = new TimePicker();
    private final RepetitionFields repetition;
    private final Paragraph message = WeekView.message("event-message");
    private final Binder<EventSheet> binder = new Binder<>();
    private final Texts texts;

    /** A new event's starting values: the next full hour, for two hours, once. */
    static EventDraft fresh(EventsServices services) {
        LocalDateTime start = LocalDateTime.now(services.schedule().clock()).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        return new EventDraft("", Optional.empty(), Optional.empty(), KindOfSupport.AFFILIATIONAL, EnumSet.noneOf(Tag.class),
                false, false, Optional.empty(), Optional.empty(), start, start.plusHours(2), Recurrence.ONCE);
    }

    /** {@code staff} are the organisers to choose from; an organiser not among them is left out. */
    EventForm(Texts texts, Optional<Event> editing, EventDraft draft, List<Account> staff) {
        this.texts = texts;
        this.repetition = new RepetitionFields(texts);
        H2 heading = new H2(texts.get(editing.isEmpty() ? "form.new" : editing.get().repeats() ? "form.series" : "form.edit"));
        heading.setId("event-form-title");
        describeFields();
        organiserField(staff);
        FormFields.dateTime(texts, startDate, startTime, "event-start", texts.get("form.start"), null);
        FormFields.dateTime(texts, endDate, endTime, "event-end", texts.get("form.end"), null);
        bind();
        EventSheet sheet = EventSheet.of(draft);
        sheet.organiser = staff.stream().map(Account::personId).filter(id -> id.equals(sheet.organiser)).findFirst()
                .orElse(null);
        binder.readBean(sheet);
        Button save = new Button(texts.get("form.save"), VaadinIcon.CHECK.create(), e -> save(sheet));
        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = new Button(texts.get("back"), VaadinIcon.ARROW_LEFT.create(), e -> fireEvent(new BackEvent(this)));
        back.setId("event-back");
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        add(heading, new Paragraph(texts.get("note.free") + " " + texts.get("form.free.note")), title, description, place,
                FormFields.row(startDate, startTime, endDate, endTime), repetition,
                FormFields.row(kind, capacity, organiser), tags, childCare, transport, message, ManageView.row(), save, back);
    }

    /** Where refusals of the saved draft are shown. */
    Paragraph message() {
        return message;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addBackListener(ComponentEventListener<BackEvent> listener) {
        return addListener(BackEvent.class, listener);
    }

    private void save(EventSheet sheet) {
        if (binder.writeBeanIfValid(sheet)) {
            fireEvent(new SaveEvent(this, sheet.draft()));
        }
    }

    private void describeFields() {
        FormFields.field(title, "event-title", texts.get("form.title"), EventRules.TITLE_MAX);
        description.setId("event-description");
        description.setLabel(texts.get("form.description"));
        description.setMaxLength(EventRules.DESCRIPTION_MAX);
        description.setWidthFull();
        FormFields.field(place, "event-place", texts.get("form.place"), EventRules.PLACE_MAX);
        kind.setId("event-kind");
        kind.setLabel(texts.get("form.kind"));
        kind.setItems(KindOfSupport.values());
        kind.setItemLabelGenerator(k -> texts.get(Kinds.textKey(k)));
        tags.setId("event-tags");
        tags.setLabel(texts.get("form.tags"));
        tags.setItems(Tag.values());
        tags.setItemLabelGenerator(t -> texts.get(t.textKey()));
        childCare.setId("event-childcare");
        childCare.setLabel(texts.get("flag.childcare"));
        transport.setId("event-transport");
        transport.setLabel(texts.get("flag.transport"));
        FormFields.field(capacity, "event-capacity", texts.get("form.capacity"), 6);
        capacity.setHelperText(texts.get("form.capacity.help"));
    }

    private void organiserField(List<Account> staff) {
        organiser.setId("event-organiser");
        organiser.setLabel(texts.get("form.organiser"));
        organiser.setItems(staff.stream().map(Account::personId).toList());
        organiser.setItemLabelGenerator(id -> staff.stream().filter(a -> a.personId().equals(id)).findFirst()
                .map(Account::displayName).orElse("\u2014"));
        organiser.setEmptySelectionAllowed(true);
        organiser.setEmptySelectionCaption(texts.get("form.organiser.none"));
    }

    /** Fields to the sheet; hidden fields (a repetition that does not apply) are neither checked nor read. */
    private void bind() {
        binder.forField(title).asRequired(texts.get("error.title.empty")).bind(s -> s.title, (s, v) -> s.title = v);
        binder.forField(description).bind(s -> s.description, (s, v) -> s.description = v);
        binder.forField(place).bind(s -> s.place, (s, v) -> s.place = v);
        binder.forField(kind).asRequired(texts.get("error.kind")).bind(s -> s.kind, (s, v) -> s.kind = v);
        binder.forField(tags).bind(s -> s.tags, (s, v) -> s.tags = v);
        binder.forField(childCare).bind(s -> s.childCare, (s, v) -> s.childCare = v);
        binder.forField(transport).bind(s -> s.transport, (s, v) -> s.transport = v);
        binder.forField(capacity).withConverter(wholeNumber("error.capacity"))
                .withValidator(c -> c == null || c >= 1 && c <= EventRules.CAPACITY_MAX, texts.get("error.capacity"))
                .bind(s -> s.capacity, (s, v) -> s.capacity = v);
        binder.forField(organiser).bind(s -> s.organiser, (s, v) -> s.organiser = v);
        String missing = texts.get("error.time.missing");
        binder.forField(startDate).asRequired(missing).bind(s -> s.startDate, (s, v) -> s.startDate = v);
        binder.forField(startTime).asRequired(missing).bind(s -> s.startTime, (s, v) -> s.startTime = v);
        binder.forField(endDate).asRequired(missing).bind(s -> s.endDate, (s, v) -> s.endDate = v);
        binder.forField(endTime).asRequired(missing).bind(s -> s.endTime, (s, v) -> s.endTime = v);
        repetition.bind(binder, texts, this::wholeNumber);
        binder.setValidationStatusHandler(status -> {
            status.notifyBindingValidationStatusHandlers();
            message.setText(status.getValidationErrors().stream().findFirst().map(ValidationResult::getErrorMessage)
                    .orElse(""));
        });
    }

    /** Typed text to a whole number (blank is none), or the message of {@code key}. */
    private Converter<String, Integer> wholeNumber(String key) {
        return FormFields.wholeNumber(texts, key);
    }

    /** The coordinator saved; {@link #draft} is what the fields say, not yet checked by {@link EventRules}. */
    static final class SaveEvent extends ComponentEvent<EventForm> {
        private final EventDraft draft;

        SaveEvent(EventForm source, EventDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        EventDraft draft() {
            return draft;
        }
    }

    /** The coordinator went back without saving. */
    static final class BackEvent extends ComponentEvent<EventForm> {
        BackEvent(EventForm source) {
            super(source, false);
        }
    }
}
