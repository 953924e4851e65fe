package org.hearth.volunteers.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.Optional;
import org.hearth.api.Account;

/**
 * One shift for the coordinator: who holds it (and who offered it for swap), remove someone with the
 * coordinator's OK, put a volunteer on it (their requirements still hold), change this date, call it off.
 */
final class ShiftPanel extends Div {

    private final WeekBoard board;
    private final long shiftId;
    private final Paragraph message = Steps.message("shift-message");

    ShiftPanel(WeekBoard board, long shiftId) {
        this.board = board;
        this.shiftId = shiftId;
        setId("shift-panel");
        show();
    }

    private void show() {
        removeAll();
        Optional<Staffing> found = Steps.attempt(() -> board.services.plan().staffing(shiftId)
                .orElseThrow(() -> new Refusal("error.shift.gone")), board.texts, message, WeekBoard.LOG, "A shift");
        add(new H2(board.texts.get("shift.title")), message);
        found.ifPresent(this::showShift);
        Button back = board.button("shift-back", "back", board::showWeek);
        Div actions = WeekBoard.row(back);
        actions.addClassName("step-actions");
        add(actions);
    }

    private void showShift(Staffing s) {
        board.services.audit().record(board.actor, "volunteers.shift.view", "shift:" + shiftId);
        add(new ShiftCard(board.texts, board.roles, s.shift()));
        add(new Paragraph(board.texts.get("shift.people", s.taken(), s.shift().people().min(),
                s.shift().people().wanted(), s.shift().people().max())));
        for (Holder h : s.holders()) {
            String name = board.services.candidates().name(h.personId()).orElse(board.texts.get("shift.someone"));
            Paragraph who = new Paragraph(h.swapOffered() ? board.texts.get("shift.holder.swap", name) : name);
            Button remove = board.button("shift-remove-" + h.personId(), "shift.remove", () -> change(
                    () -> board.services.book().drop(shiftId, h.personId(), Optional.of(board.actor)), "remove"));
            remove.getElement().setAttribute("aria-label", board.texts.get("shift.remove.named", name));
            add(WeekBoard.row(who, remove));
        }
        add(assign(), WeekBoard.row(
                board.button("shift-change", "shift.change", () -> board.showForm(ShiftForm.Kind.ONE_DATE,
                        ShiftDraft.of(s.shift()), d -> board.services.plan().changeOne(shiftId, d.placeText(),
                                d.startAt(), d.endAt(), d.people()))),
                board.button("shift-cancel", s.shift().cancelled() ? "shift.restore" : "shift.cancel", () -> change(
                        () -> board.services.plan().cancelOne(shiftId, !s.shift().cancelled()), "cancel"))));
    }

    private Div assign() {
        Select<Account> who = new Select<>();
        who.setId("shift-assign-who");
        who.setLabel(board.texts.get("shift.assign.who"));
        who.setItems(board.services.candidates().accounts());
        who.setItemLabelGenerator(a -> board.services.candidates().name(a.personId()).orElse(a.displayName())
                + (board.services.candidates().limitFor(a.personId()).scheduled() ? ""
                : " — " + board.texts.get("shift.unavailable")));
        Button add = board.button("shift-assign", "shift.assign", () -> {
            if (who.getValue() != null) {
                change(() -> board.services.book().pick(shiftId, who.getValue().personId()), "assign");
            }
        });
        return WeekBoard.row(who, add);
    }

    private void change(Runnable action, String what) {
        if (Steps.run(action, board.texts, message, WeekBoard.LOG, "A shift change")) {
            board.services.audit().record(board.actor, "volunteers.shift." + what, "shift:" + shiftId);
            show();
            message.setText(board.texts.get("board.saved"));
        }
    }
}
