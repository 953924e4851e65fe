package org.hearth.events.impl;

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
 * drug-free note; the form says so rather than asking.
 */
final class EventForm extends Div {

    enum Ends { NEVER, ON, AFTER }

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
    private final Select<Recurrence.Repeat> repeat = new Select<>();
    private final TextField interval = new TextField();
    private final Select<Ends> ends = new Select<>();
    private final DatePicker until = new DatePicker();
    private final TextField count = new TextField();

    /** A new event's starting values: the next full hour, for two hours, once. */
    static EventDraft fresh(EventsServices services) {
        LocalDateTime start = LocalDateTime.now(services.schedule().clock()).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        return new EventDraft("", Optional.empty(), Optional.empty(), KindOfSupport.AFFILIATIONAL, EnumSet.noneOf(Tag.class),
                false, false, Optional.empty(), Optional.empty(), start, start.plusHours(2), Recurrence.ONCE);
    }

    EventForm(ManageView view, Optional<Event> editing, EventDraft draft) {
        Texts texts = view.texts;
        H2 heading = new H2(texts.get(editing.isEmpty() ? "form.new" : editing.get().repeats() ? "form.series" : "form.edit"));
        heading.setId("event-form-title");
        field(title, "event-title", texts.get("form.title"), EventRules.TITLE_MAX, draft.title());
        description.setId("event-description");
        description.setLabel(texts.get("form.description"));
        description.setMaxLength(EventRules.DESCRIPTION_MAX);
        description.setValue(draft.description().orElse(""));
        description.setWidthFull();
        field(place, "event-place", texts.get("form.place"), EventRules.PLACE_MAX, draft.place().orElse(""));
        kind.setId("event-kind");
        kind.setLabel(texts.get("form.kind"));
        kind.setItems(KindOfSupport.values());
        kind.setItemLabelGenerator(k -> texts.get(Kinds.textKey(k)));
        kind.setValue(draft.kind());
        tags.setId("event-tags");
        tags.setLabel(texts.get("form.tags"));
        tags.setItems(Tag.values());
        tags.setItemLabelGenerator(t -> texts.get(t.textKey()));
        tags.setValue(draft.tags());
        childCare.setId("event-childcare");
        childCare.setLabel(texts.get("flag.childcare"));
        childCare.setValue(draft.childCare());
        transport.setId("event-transport");
        transport.setLabel(texts.get("flag.transport"));
        transport.setValue(draft.transport());
        field(capacity, "event-capacity", texts.get("form.capacity"), 6, draft.capacity().map(String::valueOf).orElse(""));
        capacity.setHelperText(texts.get("form.capacity.help"));
        organiser.setId("event-organiser");
        organiser.setLabel(texts.get("form.organiser"));
        List<Account> staff = view.attempt(() -> view.services.accounts().list(), null).orElse(List.of());
        organiser.setItems(staff.stream().map(Account::personId).toList());
        organiser.setItemLabelGenerator(id -> staff.stream().filter(a -> a.personId().equals(id)).findFirst()
                .map(Account::displayName).orElse("\u2014"));
        organiser.setEmptySelectionAllowed(true);
        organiser.setEmptySelectionCaption(texts.get("form.organiser.none"));
        draft.organiserId().filter(id -> staff.stream().anyMatch(a -> a.personId().equals(id))).ifPresent(organiser::setValue);
        dateTime(texts, startDate, startTime, "event-start", texts.get("form.start"), draft.start());
        dateTime(texts, endDate, endTime, "event-end", texts.get("form.end"), draft.end());
        repeat.setId("event-repeat");
        repeat.setLabel(texts.get("form.repeat"));
        repeat.setItems(Recurrence.Repeat.values());
        repeat.setItemLabelGenerator(r -> texts.get(r.textKey()));
        repeat.setValue(draft.recurrence().repeat());
        field(interval, "event-interval", texts.get("form.interval"), 1, Integer.toString(draft.recurrence().interval()));
        ends.setId("event-ends");
        ends.setLabel(texts.get("form.ends"));
        ends.setItems(Ends.values());
        ends.setItemLabelGenerator(e -> texts.get("form.ends." + e.name().toLowerCase(java.util.Locale.ROOT)));
        ends.setValue(draft.recurrence().until().isPresent() ? Ends.ON : draft.recurrence().count().isPresent() ? Ends.AFTER : Ends.NEVER);
        until.setId("event-until");
        until.setLabel(texts.get("form.until"));
        until.setLocale(texts.locale());
        draft.recurrence().until().ifPresent(until::setValue);
        field(count, "event-count", texts.get("form.count"), 3, draft.recurrence().count().map(String::valueOf).orElse(""));
        Runnable showRepeat = () -> {
            boolean repeats = repeat.getValue() != null && repeat.getValue() != Recurrence.Repeat.ONCE;
            interval.setVisible(repeat.getValue() == Recurrence.Repeat.WEEKLY);
            ends.setVisible(repeats);
            until.setVisible(repeats && ends.getValue() == Ends.ON);
            count.setVisible(repeats && ends.getValue() == Ends.AFTER);
        };
        repeat.addValueChangeListener(e -> showRepeat.run());
        ends.addValueChangeListener(e -> showRepeat.run());
        showRepeat.run();

        Paragraph message = WeekView.message("event-message");
        Button save = new Button(texts.get("form.save"), VaadinIcon.CHECK.create(), e -> view.attempt(() -> {
            EventDraft saved = read();
            if (editing.isPresent()) {
                view.services.store().update(editing.get().id(), saved);
                view.services.audit().record(view.actor(), "events.event.edit", "event:" + editing.get().id());
                return editing.get().id();
            }
            long id = view.services.store().create(saved);
            view.services.audit().record(view.actor(), "events.event.create", "event:" + id);
            return id;
        }, message).ifPresent(id -> view.showList(false)));
        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = view.button("event-back", "back", VaadinIcon.ARROW_LEFT, () -> view.showList(false));
        Div when = ManageView.row();
        when.add(startDate, startTime, endDate, endTime);
        Div repetition = ManageView.row();
        repetition.add(repeat, interval, ends, until, count);
        Div details = ManageView.row();
        details.add(kind, capacity, organiser);
        add(heading, new Paragraph(texts.get("note.free") + " " + texts.get("form.free.note")), title, description, place,
                when, repetition, details, tags, childCare, transport, message, ManageView.row());
        add(save, back);
    }

    private EventDraft read() {
        if (startDate.getValue() == null || startTime.getValue() == null || endDate.getValue() == null
                || endTime.getValue() == null) {
            throw new IllegalArgumentException("error.time.missing");
        }
        Recurrence.Repeat r = repeat.getValue() == null ? Recurrence.Repeat.ONCE : repeat.getValue();
        Ends end = ends.getValue() == null ? Ends.NEVER : ends.getValue();
        Optional<java.time.LocalDate> last = end == Ends.ON ? Optional.ofNullable(until.getValue()) : Optional.empty();
        if (r != Recurrence.Repeat.ONCE && end == Ends.ON && last.isEmpty()) {
            throw new IllegalArgumentException("error.repeat.until.missing");
        }
        Optional<Integer> times = end == Ends.AFTER ? number(count.getValue(), "error.repeat.count") : Optional.empty();
        if (r != Recurrence.Repeat.ONCE && end == Ends.AFTER && times.isEmpty()) {
            throw new IllegalArgumentException("error.repeat.count");
        }
        int every = r == Recurrence.Repeat.WEEKLY ? number(interval.getValue(), "error.repeat.interval").orElse(1) : 1;
        Recurrence recurrence = r == Recurrence.Repeat.ONCE ? Recurrence.ONCE : new Recurrence(r, every, last, times);
        return new EventDraft(title.getValue(), Optional.of(description.getValue()), Optional.of(place.getValue()),
                kind.getValue(), tags.getValue().isEmpty() ? EnumSet.noneOf(Tag.class) : EnumSet.copyOf(tags.getValue()),
                childCare.getValue(), transport.getValue(), number(capacity.getValue(), "error.capacity"),
                Optional.ofNullable(organiser.getValue()), LocalDateTime.of(startDate.getValue(), startTime.getValue()),
                LocalDateTime.of(endDate.getValue(), endTime.getValue()), recurrence);
    }

    /** A whole number typed in a field; empty when blank; a refusal with {@code key} when not a number. */
    static Optional<Integer> number(String typed, String key) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key);
        }
    }

    private static void field(TextField field, String id, String label, int max, String value) {
        field.setId(id);
        field.setLabel(label);
        field.setMaxLength(max);
        field.setValue(value);
        field.getElement().setAttribute("dir", "auto");
    }

    static void dateTime(Texts texts, DatePicker date, TimePicker time, String id, String label, LocalDateTime value) {
        date.setId(id + "-date");
        date.setLabel(label);
        date.setLocale(texts.locale());
        date.setValue(value.toLocalDate());
        time.setId(id + "-time");
        time.setLabel(texts.get("form.time"));
        time.setLocale(texts.locale());
        time.setValue(value.toLocalTime());
    }
}
