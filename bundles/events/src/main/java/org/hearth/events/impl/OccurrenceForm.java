package org.hearth.events.impl;

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
import java.time.LocalDateTime;
import java.util.Optional;
import org.hearth.api.Texts;

/** Changing one date of a series (title, place, description, times); the rest of the series stays as it is. */
final class OccurrenceForm extends Div {

    OccurrenceForm(ManageView view, Occurrence occurrence) {
        Texts texts = view.texts;
        H2 heading = new H2(texts.get("form.one", occurrence.key().occursOn().toString()));
        heading.setId("occ-form-title");
        TextField title = new TextField(texts.get("form.title"));
        title.setId("occ-form-name");
        title.setMaxLength(EventRules.TITLE_MAX);
        title.setValue(occurrence.title());
        title.setWidthFull();
        TextField place = new TextField(texts.get("form.place"));
        place.setId("occ-form-place");
        place.setMaxLength(EventRules.PLACE_MAX);
        place.setValue(occurrence.place().orElse(""));
        TextArea description = new TextArea(texts.get("form.description"));
        description.setId("occ-form-description");
        description.setMaxLength(EventRules.DESCRIPTION_MAX);
        description.setValue(occurrence.description().orElse(""));
        description.setWidthFull();
        DatePicker startDate = new DatePicker();
        TimePicker startTime = new TimePicker();
        DatePicker endDate = new DatePicker();
        TimePicker endTime = new TimePicker();
        EventForm.dateTime(texts, startDate, startTime, "occ-form-start", texts.get("form.start"),
                occurrence.start().toLocalDateTime());
        EventForm.dateTime(texts, endDate, endTime, "occ-form-end", texts.get("form.end"), occurrence.end().toLocalDateTime());
        Paragraph message = WeekView.message("occ-form-message");
        EventDraft series = occurrence.event().draft();
        Button save = new Button(texts.get("form.save"), VaadinIcon.CHECK.create(), e -> view.attempt(() -> {
            if (startDate.getValue() == null || startTime.getValue() == null || endDate.getValue() == null
                    || endTime.getValue() == null) {
                throw new IllegalArgumentException("error.time.missing");
            }
            LocalDateTime start = LocalDateTime.of(startDate.getValue(), startTime.getValue());
            LocalDateTime end = LocalDateTime.of(endDate.getValue(), endTime.getValue());
            boolean sameTimes = start.equals(occurrence.key().occursOn().atTime(series.start().toLocalTime()))
                    && end.equals(occurrence.start().toLocalDateTime().plus(java.time.Duration.between(series.start(), series.end())));
            OccurrenceChange kept = view.services.store().changeOf(occurrence.key()).orElse(OccurrenceChange.none(occurrence.key()));
            view.services.store().change(new OccurrenceChange(occurrence.key(), false, kept.cancelled(), kept.note(),
                    differs(title.getValue(), series.title()), differs(description.getValue(), series.description().orElse("")),
                    differs(place.getValue(), series.place().orElse("")),
                    sameTimes ? Optional.empty() : Optional.of(start), sameTimes ? Optional.empty() : Optional.of(end)));
            view.services.audit().record(view.actor(), "events.occurrence.edit", occurrence.reference());
            return true;
        }, message).ifPresent(done -> view.showOccurrence(occurrence.key())));
        save.setId("occ-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = view.button("occ-form-back", "back", VaadinIcon.ARROW_LEFT, () -> view.showOccurrence(occurrence.key()));
        Div when = ManageView.row();
        when.add(startDate, startTime, endDate, endTime);
        add(heading, new Paragraph(texts.get("form.one.note")), title, place, description, when, message, save, back);
    }

    /** The value when it differs from the series' (so later changes to the series still reach this date). */
    private static Optional<String> differs(String value, String series) {
        String tidy = EventRules.tidy(value, true);
        return tidy.equals(EventRules.tidy(series, true)) ? Optional.empty() : Optional.of(value);
    }
}
