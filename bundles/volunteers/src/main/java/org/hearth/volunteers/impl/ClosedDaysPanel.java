package org.hearth.volunteers.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/** Days the center is closed: no weekly shifts are made for them; closing a day calls off its shifts. */
final class ClosedDaysPanel extends Div {

    private final WeekBoard board;
    private final Paragraph message = Steps.message("closed-message");

    ClosedDaysPanel(WeekBoard board) {
        this.board = board;
        setId("closed-panel");
        show();
    }

    private void show() {
        removeAll();
        DatePicker day = new DatePicker(board.texts.get("closed.day"));
        day.setId("closed-day");
        day.setMin(board.services.plan().today());
        TextField note = new TextField(board.texts.get("closed.note"));
        note.setId("closed-note");
        note.setMaxLength(ShiftPlan.MAX_NOTE);
        Button close = board.button("closed-save", "closed.save", () -> {
            if (day.getValue() == null) {
                message.setText(board.texts.get("error.day"));
                return;
            }
            change(() -> board.services.plan().closeDay(day.getValue(), Optional.ofNullable(note.getValue())));
        });
        add(new H2(board.texts.get("closed.title")), new Paragraph(board.texts.get("closed.text")),
                WeekBoard.row(day, note, close), message);
        LocalDate today = board.services.plan().today();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(board.texts.locale());
        board.services.plan().closedDays(today, today.plusYears(1)).stream().sorted().forEach(d -> add(WeekBoard.row(
                new Paragraph(format.format(d)),
                board.button("closed-open-" + d, "closed.open", () -> change(() -> board.services.plan().reopenDay(d))))));
        Div actions = WeekBoard.row(board.button("closed-back", "back", board::showWeek));
        actions.addClassName("step-actions");
        add(actions);
    }

    private void change(Runnable action) {
        if (Steps.run(action, board.texts, message, WeekBoard.LOG, "A closed day")) {
            board.services.audit().record(board.actor, "volunteers.closed-days", "volunteers");
            show();
            message.setText(board.texts.get("board.saved"));
        }
    }
}
