package org.hearth.volunteers.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;

/** The weekly shifts (templates) still running; ending one keeps the shifts someone already holds. */
final class WeeklyPanel extends Div {

    private final WeekBoard board;
    private final Paragraph message = Steps.message("weekly-message");

    WeeklyPanel(WeekBoard board) {
        this.board = board;
        setId("weekly-panel");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(board.texts.get("weekly.title")), new Paragraph(board.texts.get("weekly.text")), message);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(board.texts.locale());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(board.texts.locale());
        var today = board.services.plan().today();
        board.services.plan().weekly().stream().filter(w -> w.until().map(u -> !u.isBefore(today)).orElse(true))
                .forEach(w -> {
                    ShiftRole role = board.roles.get(w.roleCode());
                    String line = board.texts.get("weekly.line", w.weekday().getDisplayName(TextStyle.FULL,
                                    board.texts.locale()), role == null ? w.roleCode() : role.name(board.texts.locale()),
                            time.format(w.start()), time.format(w.end()), day.format(w.from()),
                            w.until().map(day::format).orElse("\u2014"));
                    Button end = board.button("weekly-end-" + w.id(), "weekly.end", () -> end(w));
                    end.getElement().setAttribute("aria-label", board.texts.get("weekly.end.named", line));
                    add(WeekBoard.row(new Paragraph(line), end));
                });
        Div actions = WeekBoard.row(board.button("weekly-back", "back", board::showWeek));
        actions.addClassName("step-actions");
        add(actions);
    }

    private void end(WeeklyShift w) {
        if (Steps.run(() -> board.services.plan().endWeekly(w.id(), board.services.plan().today()), board.texts,
                message, WeekBoard.LOG, "Ending a weekly shift")) {
            board.services.audit().record(board.actor, "volunteers.weekly.end", "template:" + w.id());
            show();
            message.setText(board.texts.get("weekly.ended"));
        }
    }
}
