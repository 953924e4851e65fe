package org.hearth.volunteers.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.hearth.api.ui.StepHeading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A volunteer's own screen, big and simple: check in or out when a shift is on, hours this month, their next
 * shifts (drop, offer for swap), open shifts they may take this week and next, and swaps offered to them.
 * Someone not scheduled for now sees a kind line instead of open shifts, and no reason.
 */
class MyShiftsView extends VerticalLayout {

    static final int DAYS = 14;
    /** Open shifts shown at first, and how many more each "show more" adds: big and simple, not a long list. */
    static final int OPEN_STEP = 8;
    private static final Logger LOG = LoggerFactory.getLogger(MyShiftsView.class);

    final VolunteersServices services;
    final Texts texts;
    final String personId;
    final Paragraph message = Steps.message("my-message");
    private final ModuleContext context;
    private Map<String, ShiftRole> roles = Map.of();
    private int openShown = OPEN_STEP;

    MyShiftsView(VolunteersServices services, ModuleContext context) {
        this.services = services;
        this.context = context;
        this.texts = context.texts(MyShiftsView.class, VolunteersModule.TEXTS);
        this.personId = context.viewer().personId().orElseThrow(() -> new IllegalStateException("a staff view"));
        addClassName("my-shifts");
        setPadding(false);
        show();
    }

    void show() {
        removeAll();
        add(StepHeading.focus(new H1(texts.get("my.title"))), message);
        Optional<Candidate> me = Steps.attempt(() -> services.candidates().find(personId)
                .orElseThrow(() -> new Refusal("error.shift.account")), texts, message, LOG, "My shifts");
        Optional<OpenShifts.MyDays> days = me.flatMap(c -> Steps.attempt(() -> load(c), texts, message, LOG, "My shifts"));
        if (me.isEmpty() || days.isEmpty()) {
            return;
        }
        ClockPanel clock = new ClockPanel(this);
        if (clock.getChildren().findAny().isPresent()) {
            add(clock);
        }
        add(hours());
        section("my.next", "my.next.none", days.get().mine(), this::mineActions);
        if (!me.get().limit().scheduled()) {
            add(new H2(texts.get("my.open")), new Paragraph(texts.get("my.not.now")));
        } else {
            List<Staffing> open = days.get().open();
            section("my.open", "my.open.none", open.subList(0, Math.min(openShown, open.size())), s -> new Button[] {pick(s)});
            if (open.size() > openShown) {
                Button more = new Button(texts.get("my.open.more", open.size() - openShown), e -> {
                    openShown += OPEN_STEP;
                    show();
                });
                more.setId("my-open-more");
                add(more);
            }
        }
        if (!days.get().swaps().isEmpty()) {
            section("my.swaps", "my.swaps", days.get().swaps(), s -> takeButtons(s));
        }
        add(new CalendarPanel(this));
        Button statement = new Button(texts.get("my.statement"), e -> StatementDialog.open(services.stipends(), context,
                personId));
        statement.setId("my-statement");
        add(statement);
    }

    private OpenShifts.MyDays load(Candidate me) {
        roles = services.roles().byCode();
        LocalDate today = services.plan().today();
        return services.book().daysFor(me, today, today.plusDays(DAYS - 1));
    }

    private Paragraph hours() {
        LocalDate today = services.plan().today();
        int minutes = services.timeclock().minutes(personId, today.withDayOfMonth(1), today);
        Paragraph line = new Paragraph(texts.get("my.hours", minutes / 60, minutes % 60));
        line.setId("my-hours");
        line.getStyle().set("font-size", "1.5rem").set("font-weight", "700");
        return line;
    }

    private void section(String titleKey, String noneKey, List<Staffing> shifts, Function<Staffing, Button[]> actions) {
        add(new H2(texts.get(titleKey)));
        if (shifts.isEmpty()) {
            add(new Paragraph(texts.get(noneKey)));
        }
        for (Staffing s : shifts) {
            add(new ShiftCard(texts, roles, s.shift(), actions.apply(s)));
        }
    }

    private Button[] mineActions(Staffing s) {
        boolean offered = s.holders().stream().anyMatch(h -> h.personId().equals(personId) && h.swapOffered());
        Button swap = button("my-swap-" + s.shift().id(), offered ? "my.swap.back" : "my.swap",
                () -> services.book().offerSwap(s.shift().id(), personId, !offered),
                offered ? "my.swap.back.done" : "my.swap.done");
        Button drop = new Button(texts.get("my.drop"));
        drop.setId("my-drop-" + s.shift().id());
        drop.addClickListener(e -> {
            if (!"armed".equals(drop.getElement().getAttribute("data-step"))) {
                drop.getElement().setAttribute("data-step", "armed");
                drop.setText(texts.get("my.drop.sure"));
                return;
            }
            act(() -> services.book().drop(s.shift().id(), personId, Optional.empty()), "my.drop.done");
        });
        return new Button[] {swap, drop};
    }

    private Button pick(Staffing s) {
        Button pick = button("my-pick-" + s.shift().id(), "my.pick", () -> services.book().pick(s.shift().id(), personId),
                "my.pick.done");
        pick.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pick.getElement().setAttribute("aria-label", texts.get("my.pick.named", ShiftCard.when(texts, s.shift())));
        return pick;
    }

    private Button[] takeButtons(Staffing s) {
        return s.holders().stream().filter(Holder::swapOffered).limit(1)
                .map(h -> button("my-take-" + s.shift().id(), "my.take",
                        () -> services.book().takeSwap(s.shift().id(), h.personId(), personId), "my.take.done"))
                .toArray(Button[]::new);
    }

    private Button button(String id, String labelKey, Runnable action, String doneKey) {
        Button b = new Button(texts.get(labelKey), e -> act(action, doneKey));
        b.setId(id);
        return b;
    }

    /** Runs an action and shows the screen again with what came of it. */
    void act(Runnable action, String doneKey) {
        String words = Steps.run(action, texts, message, LOG, "A shift change") ? texts.get(doneKey) : message.getText();
        show();
        message.setText(words);
    }
}
