package org.hearth.volunteers.impl;

import com.vaadin.flow.component.button.Button;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A shift on the week board: role, times and places taken, with its gap in words (colour is never the only
 * sign). Tapping it opens the shift's people.
 */
final class BoardShift extends Button {

    BoardShift(WeekBoard board, Staffing s) {
        Shift shift = s.shift();
        ShiftRole role = board.roles.get(shift.roleCode());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(board.texts.locale());
        String state = shift.cancelled() ? board.texts.get("board.cancelled")
                : board.texts.get("board.level." + s.level().name().toLowerCase(java.util.Locale.ROOT));
        setText(board.texts.get("board.shift", role == null ? shift.roleCode() : role.name(board.texts.locale()),
                time.format(shift.start()), time.format(shift.end()), s.taken(), shift.people().max(), state));
        setId("board-shift-" + shift.id());
        getElement().setAttribute("data-level", shift.cancelled() ? "cancelled" : s.level().name());
        getStyle().set("width", "100%").set("height", "auto").set("min-height", "48px").set("white-space", "normal")
                .set("text-align", "start").set("margin", "4px 0").set("padding", "8px 12px");
        switch (shift.cancelled() ? Staffing.Level.ENOUGH : s.level()) {
            case BELOW_MIN -> getStyle().set("background", "#fde2e1").set("color", "#7a0000")
                    .set("border-left", "8px solid #b00020");
            case BELOW_WANTED -> getStyle().set("background", "#fff4d6").set("color", "#5c3b00")
                    .set("border-left", "8px solid #b26a00");
            default -> getStyle().set("border-left", "8px solid #2e7d32");
        }
        addClickListener(e -> board.show(new ShiftPanel(board, shift.id())));
    }
}
