package org.hearth.events.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.converter.Converter;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hearth.api.Texts;

/** How the events forms set up their fields alike: a labelled text field, a date with a time, a row, a number. */
final class FormFields {

    private FormFields() {
    }

    /** Typed text to a whole number (blank is none), or the message of {@code key}. */
    static Converter<String, Integer> wholeNumber(Texts texts, String key) {
        return Converter.from(typed -> number(typed, key).orElse(null), n -> n == null ? "" : n.toString(),
                e -> texts.get(key));
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

    static void field(TextField field, String id, String label, int max) {
        field.setId(id);
        field.setLabel(label);
        field.setMaxLength(max);
        field.getElement().setAttribute("dir", "auto");
    }

    static Div row(Component... parts) {
        Div row = ManageView.row();
        row.add(parts);
        return row;
    }

    /** A date and a time picker side by side, set to {@code value} when there is one. */
    static void dateTime(Texts texts, DatePicker date, TimePicker time, String id, String label, LocalDateTime value) {
        date.setId(id + "-date");
        date.setLabel(label);
        date.setLocale(texts.locale());
        time.setId(id + "-time");
        time.setLabel(texts.get("form.time"));
        time.setLocale(texts.locale());
        if (value != null) {
            date.setValue(value.toLocalDate());
            time.setValue(value.toLocalTime());
        }
    }
}
