package org.hearth.signin.impl;

import org.hearth.api.Failures;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The staff's view of today, refreshed every few seconds while it is open. */
final class TodayView extends VerticalLayout {

    static final int REFRESH_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(TodayView.class);

    private final VisitBook visits;
    private final TalkRequests talk;
    private final PeopleDirectory people;
    private final ModuleContext context;
    private final Texts texts;
    private final LocalTime closing;
    private final DateTimeFormatter time;
    private final ZoneId zone;
    private final Div content = new Div();
    private final Paragraph message = new Paragraph();
    private Registration poll;

    TodayView(VisitBook visits, TalkRequests talk, PeopleDirectory people, LocalTime closing, ModuleContext context) {
        this.visits = visits;
        this.talk = talk;
        this.people = people;
        this.context = context;
        this.texts = context.texts(TodayView.class, SignInModule.TEXTS);
        this.closing = closing;
        this.zone = visits.zone();
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale());
        addClassName("signin-today");
        message.setId("today-message");
        message.addClassName("form-message");
        Button refresh = new Button(texts.get("today.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("today-refresh");
        content.setWidthFull();
        add(new H1(texts.get("today.title")), refresh, message, content);
        refresh();
    }

    void refresh() {
        content.removeAll();
        try {
            VisitBook.TodayCounts counts = visits.today();
            Paragraph numbers = new Paragraph(texts.get("today.counts", counts.visits(), counts.named(), counts.anonymous()));
            numbers.setId("today-counts");
            content.add(numbers);
            showRequests(talk.open());
            showInBuilding(visits.inBuilding());
            content.add(new Paragraph(texts.get("today.closing", time.format(closing))));
        } catch (RuntimeException e) {
            LOG.error("Today's numbers could not be read: {}", Failures.describe(e));
            message.setText(texts.get("error.load"));
        }
    }

    private void showRequests(List<TalkRequests.Request> open) {
        H2 heading = new H2(texts.get("today.talk", open.size()));
        heading.setId("today-talk");
        content.add(heading);
        if (open.isEmpty()) {
            content.add(new Paragraph(texts.get("today.talk.none")));
        }
        for (int i = 0; i < open.size(); i++) {
            TalkRequests.Request request = open.get(i);
            Button answered = new Button(texts.get("today.talk.answered"), VaadinIcon.CHECK.create(), e -> {
                talk.answer(request.id(), context.viewer().personId().orElse("staff"));
                refresh();
            });
            answered.setId("talk-answer-" + i);
            answered.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(row("talk-request-" + i, time.format(request.askedAt().atZone(zone)) + "  "
                    + request.name().orElse(texts.get("today.talk.noname")), answered));
        }
    }

    private void showInBuilding(List<Visit> open) {
        H2 heading = new H2(texts.get("today.building", open.size()));
        heading.setId("today-building");
        content.add(heading);
        for (int i = 0; i < open.size(); i++) {
            Visit visit = open.get(i);
            String who = visit.personId().flatMap(people::find).map(TodayView::name).orElse(texts.get("today.unknown"));
            Button out = new Button(texts.get("today.signout"), VaadinIcon.SIGN_OUT.create(), e -> {
                visits.signOut(visit.id());
                refresh();
            });
            out.setId("signout-" + i);
            content.add(row("in-building-" + i, who + "  " + texts.get("today.since",
                    time.format(visit.visitedAt().atZone(zone))), out));
        }
    }

    static String name(Person person) {
        return person.chosenName() + person.lastInitial().map(i -> " " + i + ".").orElse("");
    }

    private static Div row(String id, String text, Button action) {
        Div row = new Div();
        row.setId(id);
        row.getStyle().set("display", "flex").set("gap", "16px").set("align-items", "center").set("margin", "6px 0");
        Span label = new Span(text);
        label.getElement().setAttribute("dir", "auto");
        label.getStyle().set("font-size", "1.15rem").set("min-width", "20rem");
        row.add(label, action);
        return row;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(REFRESH_MILLIS);
        poll = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    Optional<String> messageText() {
        return Optional.ofNullable(message.getText()).filter(s -> !s.isEmpty());
    }
}
