package org.hearth.volunteers.impl;

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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import org.hearth.api.Texts;

/**
 * A weekly shift, a one-off shift, or one date of either: role, place, day or weekday, times (an end before the
 * start is the next day's), and how many people. Fires a {@link SaveEvent} with the draft or a {@link BackEvent};
 * its view saves.
 */
final class ShiftForm extends Div {

    // Selects are checked with a validator, not asRequired: Vaadin puts aria-required on the select's inner
    // button, which axe-core reports as not allowed there.

    /** What the form makes. */
    enum Kind { WEEKLY, ONE_OFF, ONE_DATE }

    private final Binder<ShiftDraft> binder = new Binder<>();
    private final ShiftDraft draft;
    final Paragraph message = Steps.message("shift-form-message");

    ShiftForm(Texts texts, Kind kind, ShiftDraft draft, List<ShiftRole> roles) {
        this.draft = draft;
        setId("shift-form");
        H2 heading = new H2(texts.get("form." + kind.name().toLowerCase(java.util.Locale.ROOT)));
        Div fields = WeekBoard.row();
        if (kind != Kind.ONE_DATE) {
            Select<String> role = new Select<>();
            role.setLabel(texts.get("form.role"));
            role.setId("shift-form-role");
            Map<String, String> names = new java.util.LinkedHashMap<>();
            roles.forEach(r -> names.put(r.code(), r.name(texts.locale())));
            role.setItems(names.keySet());
            role.setItemLabelGenerator(names::get);
            binder.forField(role).withValidator(java.util.Objects::nonNull, texts.get("error.role")).bind(d -> d.role, (d, v) -> d.role = v);
            fields.add(role);
        }
        TextField place = new TextField(texts.get("form.place"));
        place.setId("shift-form-place");
        place.setMaxLength(WeeklyShift.MAX_PLACE);
        binder.forField(place).bind(d -> d.place, (d, v) -> d.place = v);
        fields.add(place);
        fields.add(days(texts, kind));
        fields.add(times(texts));
        fields.add(people(texts));
        Button save = new Button(texts.get("form.save"), e -> save());
        save.setId("shift-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = new Button(texts.get("back"), e -> fireEvent(new BackEvent(this)));
        back.setId("shift-form-back");
        Div actions = new Div(save, back);
        actions.addClassName("step-actions");
        binder.setValidationStatusHandler(status -> message.setText(status.getValidationErrors().stream().findFirst()
                .map(ValidationResult::getErrorMessage).orElse("")));
        binder.readBean(draft);
        add(heading, fields, message, actions);
    }

    private Div days(Texts texts, Kind kind) {
        Div row = WeekBoard.row();
        DatePicker day = new DatePicker(texts.get(kind == Kind.WEEKLY ? "form.from" : "form.day"));
        day.setId("shift-form-day");
        binder.forField(day).asRequired(texts.get("error.day")).bind(d -> d.day, (d, v) -> d.day = v);
        row.add(day);
        if (kind == Kind.WEEKLY) {
            Select<DayOfWeek> weekday = new Select<>();
            weekday.setLabel(texts.get("form.weekday"));
            weekday.setId("shift-form-weekday");
            weekday.setItems(DayOfWeek.values());
            weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, texts.locale()));
            binder.forField(weekday).withValidator(java.util.Objects::nonNull, texts.get("error.day")).bind(d -> d.weekday, (d, v) -> d.weekday = v);
            DatePicker until = new DatePicker(texts.get("form.until"));
            until.setId("shift-form-until");
            binder.forField(until).bind(d -> d.until, (d, v) -> d.until = v);
            day.addValueChangeListener(e -> {
                if (e.getValue() != null && e.isFromClient()) {
                    weekday.setValue(e.getValue().getDayOfWeek());
                }
            });
            row.addComponentAsFirst(weekday);
            row.add(until);
        }
        return row;
    }

    private Div times(Texts texts) {
        TimePicker start = new TimePicker(texts.get("form.start"));
        start.setId("shift-form-start");
        TimePicker end = new TimePicker(texts.get("form.end"));
        end.setId("shift-form-end");
        end.setHelperText(texts.get("form.end.note"));
        binder.forField(start).asRequired(texts.get("error.times")).bind(d -> d.start, (d, v) -> d.start = v);
        binder.forField(end).asRequired(texts.get("error.times"))
                .withValidator(v -> !v.equals(start.getValue()), texts.get("error.times")).bind(d -> d.end, (d, v) -> d.end = v);
        Div row = WeekBoard.row();
        row.add(start, end);
        return row;
    }

    private Div people(Texts texts) {
        Div row = WeekBoard.row();
        IntegerField min = number(texts, "min", 0);
        IntegerField wanted = number(texts, "wanted", 0);
        IntegerField max = number(texts, "max", 1);
        String people = texts.get("error.people");
        binder.forField(min).asRequired(people).withValidator(v -> v >= 0 && v <= Shift.People.MOST, people)
                .bind(d -> d.min, (d, v) -> d.min = v);
        binder.forField(wanted).asRequired(texts.get("error.people"))
                .withValidator(v -> min.getValue() == null || v >= min.getValue(), texts.get("error.people"))
                .bind(d -> d.wanted, (d, v) -> d.wanted = v);
        binder.forField(max).asRequired(people).withValidator(v -> v >= 1 && v <= Shift.People.MOST, people)
                .withValidator(v -> wanted.getValue() == null || v >= wanted.getValue(), people)
                .bind(d -> d.max, (d, v) -> d.max = v);
        row.add(min, wanted, max);
        return row;
    }

    private static IntegerField number(Texts texts, String name, int least) {
        IntegerField field = new IntegerField(texts.get("form." + name));
        field.setId("shift-form-" + name);
        field.setHelperText(least == 0 ? "0–" + Shift.People.MOST : "1–" + Shift.People.MOST);
        field.setStepButtonsVisible(true);
        return field;
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

    /** The coordinator saved the draft (not yet checked by the schedule). */
    static final class SaveEvent extends ComponentEvent<ShiftForm> {
        private final ShiftDraft draft;

        SaveEvent(ShiftForm source, ShiftDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ShiftDraft draft() {
            return draft;
        }
    }

    /** The coordinator went back without saving. */
    static final class BackEvent extends ComponentEvent<ShiftForm> {
        BackEvent(ShiftForm source) {
            super(source, false);
        }
    }
}
