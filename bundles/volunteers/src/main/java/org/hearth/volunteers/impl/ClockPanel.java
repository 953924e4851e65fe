package org.hearth.volunteers.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/** Check in or out of the shift on now; nothing when no shift of the volunteer's is on. */
final class ClockPanel extends Div {

    ClockPanel(MyShiftsView view) {
        setId("my-clock");
        Optional<TimeEntry> open = view.services.timeclock().open(view.personId);
        Optional<Staffing> now = view.services.timeclock().shiftOnNow(view.personId);
        if (open.isEmpty() && now.isEmpty()) {
            return;
        }
        add(new H2(view.texts.get("clock.title")));
        if (open.isPresent()) {
            add(new Paragraph(view.texts.get("clock.in.since", java.time.format.DateTimeFormatter
                    .ofLocalizedTime(java.time.format.FormatStyle.SHORT).withLocale(view.texts.locale())
                    .format(open.get().checkedIn()))));
            add(action(view, "clock-out", "clock.out", () -> view.services.timeclock().checkOut(view.personId),
                    "clock.out.done"));
        } else {
            add(new Paragraph(ShiftCard.when(view.texts, now.get().shift())));
            add(action(view, "clock-in", "clock.in", () -> view.services.timeclock().checkIn(view.personId),
                    "clock.in.done"));
        }
    }

    private static Button action(MyShiftsView view, String id, String labelKey, Runnable action, String doneKey) {
        Button button = new Button(view.texts.get(labelKey), e -> view.act(action, doneKey));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        return button;
    }
}
