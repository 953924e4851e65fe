package org.hearth.events.impl;

import org.hearth.api.Failures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hearth.api.Account;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff side of the calendar. Coordinators create, edit, copy and cancel events and see counts for
 * reports; everyone running an event (and coordinators) opens an occurrence for its RSVPs and attendance.
 */
class ManageView extends VerticalLayout {

    static final int DAYS_AHEAD = 60;
    static final int DAYS_BACK = 31;
    private static final Logger LOG = LoggerFactory.getLogger(ManageView.class);

    final EventsServices services;
    final Texts texts;
    final boolean coordinator;
    private final ModuleContext context;

    ManageView(EventsServices services, ModuleContext context, boolean coordinator) {
        this.services = services;
        this.context = context;
        this.coordinator = coordinator;
        this.texts = context.texts(ManageView.class, EventsModule.TEXTS);
        addClassName("events-manage");
        showList(false);
    }

    ModuleContext context() {
        return context;
    }

    /** Who is acting, for the audit log: the signed-in staff member's id. */
    String actor() {
        return context.viewer().personId().orElse("kiosk");
    }

    void showList(boolean past) {
        removeAll();
        H1 title = new H1(texts.get(coordinator ? "manage.title" : "roster.title"));
        title.setId("events-manage-title");
        Div bar = row();
        if (coordinator) {
            bar.add(button("events-new", "manage.new", VaadinIcon.PLUS, () -> showForm(Optional.empty(), EventForm.fresh(services))),
                    button("events-reports", "manage.reports", VaadinIcon.BAR_CHART, this::showReports));
        }
        bar.add(button("events-upcoming", "manage.upcoming", VaadinIcon.ARROW_FORWARD, () -> showList(false)),
                button("events-past", "manage.past", VaadinIcon.ARROW_BACKWARD, () -> showList(true)));
        Anchor print = new Anchor("/calendar/month?lang=" + texts.locale().getLanguage(), texts.get("manage.print"));
        print.setTarget("_blank");
        print.setId("events-print");
        Anchor feed = new Anchor("/calendar.ics", texts.get("manage.feed"));
        feed.setId("events-feed");
        bar.add(print, feed);
        add(title, bar);
        LocalDate today = services.schedule().today();
        Optional<List<Occurrence>> found = attempt(() -> past
                ? services.schedule().between(today.minusDays(DAYS_BACK), today).reversed()
                : services.schedule().between(today, today.plusDays(DAYS_AHEAD)), null);
        if (found.isEmpty()) {
            add(new Paragraph(texts.get("error.load")));
            return;
        }
        if (found.get().isEmpty()) {
            add(new Paragraph(texts.get(past ? "manage.none.past" : "manage.none")));
        }
        Div list = new Div();
        list.setId("events-list");
        list.setWidthFull();
        for (Occurrence o : found.get()) {
            list.add(line(o));
        }
        add(list);
    }

    private Component line(Occurrence o) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale());
        Div line = row();
        line.getStyle().set("align-items", "center").set("border-bottom", "1px solid #ddd").set("padding", "6px 0");
        Span when = new Span(format.format(o.start()));
        when.getStyle().set("min-width", "14rem");
        Span what = new Span(o.title());
        what.getElement().setAttribute("dir", "auto");
        what.getStyle().set("font-weight", "700").set("flex", "1 1 12rem");
        line.add(when, what);
        RsvpBook.Seats seats = services.rsvps().seats(o);
        line.add(new Span(seats.capacity().map(c -> texts.get("manage.seats", seats.confirmed(), c, seats.waiting()))
                .orElse(texts.get("manage.seats.open", seats.confirmed()))));
        if (o.cancelled()) {
            Span cancelled = new Span(texts.get("card.cancelled"));
            cancelled.getStyle().set("color", "#8b0000").set("font-weight", "700");
            line.add(cancelled);
        }
        Button open = button("open-" + EventCard.id(o), "manage.open", VaadinIcon.FOLDER_OPEN, () -> showOccurrence(o.key()));
        open.getElement().setAttribute("aria-label", texts.get("manage.open.named", o.title(),
                EventCard.when(texts, o, services.schedule().today())));
        line.add(open);
        return line;
    }

    void showOccurrence(OccurrenceKey key) {
        Optional<Occurrence> occurrence = attempt(() -> services.schedule().find(key), null).flatMap(o -> o);
        if (occurrence.isEmpty()) {
            showList(false);
            return;
        }
        removeAll();
        add(new OccurrencePanel(this, occurrence.get()));
    }

    void showForm(Optional<Event> editing, EventDraft draft) {
        List<Account> staff = attempt(() -> services.accounts().list(), null).orElse(List.of());
        EventForm form = new EventForm(texts, editing, draft, staff);
        form.addSaveListener(e -> attempt(() -> save(editing, e.draft()), form.message()).ifPresent(id -> showList(false)));
        form.addBackListener(e -> showList(false));
        removeAll();
        add(form);
    }

    /** Creates the event or updates the one being edited, and audits it; its id. */
    private long save(Optional<Event> editing, EventDraft draft) {
        if (editing.isPresent()) {
            services.store().update(editing.get().id(), draft);
            services.audit().record(actor(), "events.event.edit", "event:" + editing.get().id());
            return editing.get().id();
        }
        long id = services.store().create(draft);
        services.audit().record(actor(), "events.event.create", "event:" + id);
        return id;
    }

    void showChangeOne(Occurrence occurrence) {
        OccurrenceForm form = new OccurrenceForm(texts, occurrence);
        form.addSaveListener(e -> attempt(() -> {
            OccurrenceChange kept = services.store().changeOf(occurrence.key()).orElse(OccurrenceChange.none(occurrence.key()));
            services.store().change(kept.edited(occurrence, e.edit().title(), e.edit().description(), e.edit().place(),
                    e.edit().start(), e.edit().end()));
            services.audit().record(actor(), "events.occurrence.edit", occurrence.reference());
            return true;
        }, form.message()).ifPresent(done -> showOccurrence(occurrence.key())));
        form.addBackListener(e -> showOccurrence(occurrence.key()));
        removeAll();
        add(form);
    }

    void showReports() {
        removeAll();
        add(new ReportsView(this));
    }

    Button button(String id, String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(texts.get(key), icon.create(), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        return button;
    }

    static Div row() {
        Div row = new Div();
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px").set("width", "100%");
        return row;
    }

    /** Runs an action; refusals show their kind message, failures are logged without personal data. */
    <T> Optional<T> attempt(Supplier<T> action, Paragraph message) {
        try {
            return Optional.of(action.get());
        } catch (RuntimeException e) {
            if (!Failures.isRefusal(e)) {
                LOG.error("An events staff step failed: {}", Failures.describe(e));
            }
            if (message != null) {
                message.setText(Failures.message(texts, e));
            }
            return Optional.empty();
        }
    }
}
