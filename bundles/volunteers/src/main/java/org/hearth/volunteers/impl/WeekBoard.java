package org.hearth.volunteers.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.hearth.api.ui.StepHeading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's week: every shift by day, gaps marked in words and colour (below the minimum in red, below
 * what it wants in amber), no-shows as a count; from here new weekly and one-off shifts, closed days, whom to
 * call about tomorrow's gaps, and each shift's people.
 */
class WeekBoard extends VerticalLayout {

    static final Logger LOG = LoggerFactory.getLogger(WeekBoard.class);

    final VolunteersServices services;
    final Texts texts;
    final String actor;
    final Paragraph message = Steps.message("board-message");
    Map<String, ShiftRole> roles = Map.of();
    private LocalDate monday;

    WeekBoard(VolunteersServices services, ModuleContext context) {
        this.services = services;
        this.texts = context.texts(WeekBoard.class, VolunteersModule.TEXTS);
        this.actor = context.viewer().personId().orElse("staff");
        this.monday = services.plan().today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        addClassName("week-board");
        setPadding(false);
        showWeek();
    }

    void showWeek() {
        removeAll();
        message.setText("");
        add(StepHeading.focus(new H1(texts.get("board.title"))), navigation(), actions(), message);
        Steps.attempt(() -> {
            roles = services.roles().byCode();
            return services.plan().staffing(monday, monday.plusDays(6));
        }, texts, message, LOG, "The week board").ifPresent(this::showShifts);
        add(new ChangesPanel(this));
    }

    private void showShifts(List<Staffing> week) {
        long belowMin = week.stream().filter(s -> !s.shift().cancelled() && s.level() == Staffing.Level.BELOW_MIN).count();
        long belowWanted = week.stream().filter(s -> !s.shift().cancelled()
                && s.level() == Staffing.Level.BELOW_WANTED).count();
        int noShows = services.timeclock().noShows(monday, monday.plusDays(6));
        Paragraph summary = new Paragraph(texts.get("board.summary", week.size(), belowMin, belowWanted, noShows));
        summary.setId("board-summary");
        Div days = new Div();
        days.setId("board-days");
        days.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(15rem, 1fr))")
                .set("gap", "12px").set("width", "100%");
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            Div column = new Div(new H3(DateTimeFormatter.ofPattern(texts.get("format.day"), texts.locale()).format(day)));
            List<Staffing> shifts = week.stream().filter(s -> s.shift().day().equals(day)).toList();
            shifts.forEach(s -> column.add(new BoardShift(this, s)));
            if (shifts.isEmpty()) {
                column.add(new Paragraph(texts.get("board.day.none")));
            }
            days.add(column);
        }
        add(summary, days);
    }

    private Div navigation() {
        String shown = texts.get("board.week", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(texts.locale()).format(monday));
        return row(new Paragraph(shown), button("board-previous", "board.previous", () -> move(-7)),
                button("board-this", "board.this", () -> move(0)), button("board-next", "board.next", () -> move(7)));
    }

    private Div actions() {
        return row(button("board-new-weekly", "board.new.weekly", () -> showForm(ShiftForm.Kind.WEEKLY, fresh(),
                        d -> services.plan().addWeekly(d.weekly()))),
                button("board-new-one", "board.new.one", () -> showForm(ShiftForm.Kind.ONE_OFF, fresh(),
                        d -> services.plan().addOneOff(d.role, d.placeText(), d.startAt(), d.endAt(), d.people()))),
                button("board-weekly", "board.weekly", () -> show(new WeeklyPanel(this))),
                button("board-roles", "board.roles", () -> show(new RolesPanel(this))),
                button("board-closed", "board.closed", () -> show(new ClosedDaysPanel(this))),
                button("board-gaps", "board.gaps", () -> show(new GapsPanel(this))));
    }

    private ShiftDraft fresh() {
        ShiftDraft draft = new ShiftDraft();
        draft.day = services.plan().today().plusDays(1);
        draft.weekday = draft.day.getDayOfWeek();
        return draft;
    }

    private void move(int days) {
        monday = days == 0 ? services.plan().today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : monday.plusDays(days);
        showWeek();
    }

    /** Shows a shift form; a save the schedule accepts is audited and returns to the week. */
    void showForm(ShiftForm.Kind kind, ShiftDraft draft, Consumer<ShiftDraft> saver) {
        ShiftForm form = new ShiftForm(texts, kind, draft, services.roles().list());
        form.addBackListener(e -> showWeek());
        form.addSaveListener(e -> {
            if (Steps.run(() -> saver.accept(e.draft()), texts, form.message, LOG, "Saving a shift")) {
                services.audit().record(actor, "volunteers.shift." + kind.name().toLowerCase(java.util.Locale.ROOT),
                        "volunteers");
                showWeek();
                message.setText(texts.get("board.saved"));
            }
        });
        show(form);
    }

    void show(Component panel) {
        removeAll();
        add(panel);
    }

    Button button(String id, String key, Runnable action) {
        Button b = new Button(texts.get(key), e -> action.run());
        b.setId(id);
        return b;
    }

    static Div row(Component... children) {
        Div row = new Div(children);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "12px").set("align-items", "end");
        return row;
    }
}
