package org.hearth.events.impl;

import org.hearth.api.Failures;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.hearth.api.ui.Confirmation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Today and this week" for visitors: large cards of what is on in the next seven days, each with "I'm coming".
 * An RSVP ends with a confirmation that returns to the welcome screen by itself; nothing of one visitor stays
 * on screen for the next.
 */
class WeekView extends VerticalLayout {

    static final int DAYS = 7;
    static final Duration CONFIRMATION_TIME = Duration.ofSeconds(8);
    private static final Logger LOG = LoggerFactory.getLogger(WeekView.class);

    final EventsServices services;
    final Texts texts;
    private final ModuleContext context;

    WeekView(EventsServices services, ModuleContext context) {
        this.services = services;
        this.context = context;
        this.texts = context.texts(WeekView.class, EventsModule.TEXTS);
        addClassName("events-week");
        showWeek();
    }

    void showWeek() {
        removeAll();
        H1 title = new H1(texts.get("week.title"));
        title.setId("events-title");
        add(title, new Paragraph(texts.get("note.free") + " " + texts.get("note.welcome")));
        LocalDate today = services.schedule().today();
        Instant now = services.schedule().clock().instant();
        Optional<List<Occurrence>> found = attempt(() -> services.schedule().between(today, today.plusDays(DAYS - 1))
                .stream().filter(o -> !o.isOver(now)).toList(), null);
        if (found.isEmpty()) {
            add(new Paragraph(texts.get("error.load")));
            return;
        }
        List<Occurrence> todays = found.get().stream().filter(o -> o.start().toLocalDate().equals(today)).toList();
        List<Occurrence> later = found.get().stream().filter(o -> o.start().toLocalDate().isAfter(today)).toList();
        section("week.today", "week.today.none", todays, today);
        section("week.later", "week.later.none", later, today);
    }

    private void section(String titleKey, String noneKey, List<Occurrence> occurrences, LocalDate today) {
        add(new H2(texts.get(titleKey)));
        if (occurrences.isEmpty()) {
            add(new Paragraph(texts.get(noneKey)));
        }
        for (Occurrence o : occurrences) {
            Optional<RsvpBook.Seats> seats = attempt(() -> services.rsvps().seats(o), null);
            EventCard card = new EventCard(texts, o, today, seats, this::showRsvp);
            card.setWidthFull();
            add(card);
        }
    }

    void showRsvp(Occurrence occurrence) {
        removeAll();
        add(new RsvpStep(this, occurrence));
    }

    void showMember(Occurrence occurrence, org.hearth.api.Person person) {
        removeAll();
        add(new MemberStep(this, occurrence, person));
    }

    /** The words for an RSVP's outcome. */
    String outcome(Occurrence o, RsvpBook.Outcome outcome) {
        if (outcome.rsvp().status() == Rsvp.Status.CONFIRMED) {
            return texts.get(outcome.already() ? "confirm.already" : "confirm.coming", o.title());
        }
        String key = outcome.already() ? "confirm.already.waiting" : outcome.fullNow() ? "confirm.waiting.now"
                : "confirm.waiting";
        return texts.get(key, o.title(), outcome.waitlistPosition());
    }

    void confirm(String words) {
        removeAll();
        add(new Confirmation("rsvp-", words, texts.get("confirm.note"), texts.get("confirm.done"), CONFIRMATION_TIME,
                context::finish));
    }


    /**
     * Runs an action; a refusal of the input shows its kind message, any other failure is logged without
     * personal data and shows "could not save". Empty when it failed.
     */
    <T> Optional<T> attempt(Supplier<T> action, Paragraph message) {
        return Failures.attempt(action, texts, text -> {
            if (message != null) {
                message.setText(text);
            }
        }, LOG, "An events step");
    }

    static Paragraph message(String id) {
        Paragraph message = new Paragraph();
        message.setId(id);
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "status");
        return message;
    }
}
