package org.hearth.events.impl;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.converter.Converter;
import java.util.Locale;
import org.hearth.api.Texts;

/**
 * The part of the event form that says how an event repeats: once, weekly (every how many weeks) or monthly, and
 * how the series ends (never, on a date, after a number of times). Each field shows only when it applies, and a
 * hidden one is neither checked nor read.
 */
final class RepetitionFields extends Div {

    /** How a series ends. */
    enum Ends { NEVER, ON, AFTER }

    private final Select<Recurrence.Repeat> repeat = new Select<>();
    private final TextField interval = new TextField();
    private final Select<Ends> ends = new Select<>();
    private final DatePicker until = new DatePicker();
    private final TextField count = new TextField();

    RepetitionFields(Texts texts) {
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px").set("width", "100%");
        repeat.setId("event-repeat");
        repeat.setLabel(texts.get("form.repeat"));
        repeat.setItems(Recurrence.Repeat.values());
        repeat.setItemLabelGenerator(r -> texts.get(r.textKey()));
        FormFields.field(interval, "event-interval", texts.get("form.interval"), 1);
        ends.setId("event-ends");
        ends.setLabel(texts.get("form.ends"));
        ends.setItems(Ends.values());
        ends.setItemLabelGenerator(e -> texts.get("form.ends." + e.name().toLowerCase(Locale.ROOT)));
        until.setId("event-until");
        until.setLabel(texts.get("form.until"));
        until.setLocale(texts.locale());
        FormFields.field(count, "event-count", texts.get("form.count"), 3);
        repeat.addValueChangeListener(e -> show());
        ends.addValueChangeListener(e -> show());
        show();
        add(repeat, interval, ends, until, count);
    }

    /** Binds the fields to the sheet; {@code wholeNumber} converts typed numbers with a message's key. */
    void bind(Binder<EventSheet> binder, Texts texts,
              java.util.function.Function<String, Converter<String, Integer>> wholeNumber) {
        binder.forField(repeat).bind(s -> s.repeat, (s, v) -> s.repeat = v);
        binder.forField(interval).withConverter(wholeNumber.apply("error.repeat.interval"))
                .bind(s -> s.interval, (s, v) -> s.interval = v);
        binder.forField(ends).bind(s -> s.ends, (s, v) -> s.ends = v);
        binder.forField(until).asRequired(texts.get("error.repeat.until.missing")).bind(s -> s.until, (s, v) -> s.until = v);
        binder.forField(count).asRequired(texts.get("error.repeat.count"))
                .withConverter(wholeNumber.apply("error.repeat.count")).bind(s -> s.count, (s, v) -> s.count = v);
    }

    private void show() {
        boolean repeats = repeat.getValue() != null && repeat.getValue() != Recurrence.Repeat.ONCE;
        interval.setVisible(repeat.getValue() == Recurrence.Repeat.WEEKLY);
        ends.setVisible(repeats);
        until.setVisible(repeats && ends.getValue() == Ends.ON);
        count.setVisible(repeats && ends.getValue() == Ends.AFTER);
    }
}
