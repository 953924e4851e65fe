package org.hearth.events.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.Texts;

/**
 * One occurrence for staff: its details, and for coordinators the changes (this date or the whole series, copy,
 * skip, cancel with a notice, restore); who said they are coming (a read of names, so it is audited); who came,
 * ticked on the roster, and a headcount.
 */
final class OccurrencePanel extends Div {

    private final ManageView view;
    private final Texts texts;
    private final Occurrence occurrence;
    private final Paragraph message = WeekView.message("occ-message");
    private final Div actions = new Div();

    OccurrencePanel(ManageView view, Occurrence occurrence) {
        this.view = view;
        this.texts = view.texts;
        this.occurrence = occurrence;
        H2 title = new H2(occurrence.title());
        title.setId("occ-title");
        title.getElement().setAttribute("dir", "auto");
        add(title, new Paragraph(EventCard.when(texts, occurrence, view.services.schedule().today())));
        occurrence.place().ifPresent(p -> add(new Paragraph(texts.get("card.place", p))));
        if (occurrence.cancelled()) {
            Paragraph notice = new Paragraph(texts.get("card.cancelled") + occurrence.notice().map(n -> ": " + n).orElse(""));
            notice.setId("occ-notice");
            notice.getStyle().set("color", "#8b0000").set("font-weight", "700");
            add(notice);
        }
        if (view.coordinator) {
            add(changes());
        }
        add(actions, message);
        view.services.audit().record(view.actor(), "events.rsvps.view", occurrence.reference());
        add(rsvps(), attendance(), view.button("occ-back", "back", VaadinIcon.ARROW_LEFT, () -> view.showList(false)));
    }

    private Div changes() {
        Div bar = ManageView.row();
        Event event = occurrence.event();
        boolean series = event.repeats();
        if (series) {
            bar.add(view.button("occ-edit", "occ.edit.one", VaadinIcon.EDIT, () -> view.showChangeOne(occurrence)));
        }
        bar.add(view.button("occ-edit-series", series ? "occ.edit.series" : "occ.edit", VaadinIcon.CALENDAR_O,
                        () -> view.showForm(Optional.of(event), event.draft())),
                view.button("occ-copy", "occ.copy", VaadinIcon.COPY, () -> view.showForm(Optional.empty(),
                        event.draft().startingAt(occurrence.start().toLocalDateTime()))));
        if (event.cancelled()) {
            bar.add(view.button("occ-restore-series", "occ.restore", VaadinIcon.REFRESH, () -> act("events.event.restore",
                    () -> view.services.store().restore(event.id()))));
            return bar;
        }
        if (series) {
            bar.add(view.button("occ-skip", "occ.skip", VaadinIcon.BAN, () -> act("events.occurrence.skip",
                    () -> view.services.store().change(new OccurrenceChange(occurrence.key(), true, false, Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))));
            if (occurrence.cancelled()) {
                bar.add(view.button("occ-restore", "occ.restore.one", VaadinIcon.REFRESH, () -> act("events.occurrence.restore",
                        () -> view.services.store().restore(occurrence.key()))));
            } else {
                bar.add(view.button("occ-cancel", "occ.cancel.one", VaadinIcon.CLOSE_CIRCLE, () -> askNote(false)));
            }
        }
        bar.add(view.button("occ-cancel-series", series ? "occ.cancel.series" : "occ.cancel", VaadinIcon.CLOSE,
                () -> askNote(true)));
        return bar;
    }

    private void askNote(boolean wholeEvent) {
        actions.removeAll();
        TextField note = new TextField(texts.get("occ.cancel.note"));
        note.setId("occ-cancel-note");
        note.setMaxLength(EventRules.NOTE_MAX);
        note.setWidthFull();
        Button confirm = view.button("occ-cancel-confirm", "occ.cancel.confirm", VaadinIcon.CLOSE_CIRCLE, () -> act(
                wholeEvent ? "events.event.cancel" : "events.occurrence.cancel", () -> {
                    if (wholeEvent) {
                        view.services.store().cancel(occurrence.key().eventId(), note.getValue());
                    } else {
                        OccurrenceChange kept = view.services.store().changeOf(occurrence.key())
                                .orElse(OccurrenceChange.none(occurrence.key()));
                        view.services.store().change(new OccurrenceChange(occurrence.key(), false, true,
                                Optional.of(note.getValue()), kept.title(), kept.description(), kept.place(), kept.start(),
                                kept.end()));
                    }
                }));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(new Paragraph(texts.get(wholeEvent ? "occ.cancel.series.note" : "occ.cancel.one.note")), note, confirm);
    }

    private Div rsvps() {
        Div box = new Div(new H3(texts.get("occ.rsvps")));
        box.setId("occ-rsvps");
        RsvpBook.Seats seats = view.services.rsvps().seats(occurrence);
        box.add(new Paragraph(seats.capacity().map(c -> texts.get("manage.seats", seats.confirmed(), c, seats.waiting()))
                .orElse(texts.get("manage.seats.open", seats.confirmed()))));
        List<Rsvp> list = view.services.rsvps().list(occurrence.key());
        for (int i = 0; i < list.size(); i++) {
            Rsvp rsvp = list.get(i);
            Div line = ManageView.row();
            line.getStyle().set("align-items", "center");
            Span who = new Span(rsvp.personId().map(this::name).map(n -> texts.get("occ.member", n, rsvp.seats() - 1))
                    .orElse(texts.get("occ.guests", rsvp.seats())));
            who.getElement().setAttribute("dir", "auto");
            Span status = new Span(texts.get(rsvp.status() == Rsvp.Status.CONFIRMED ? "occ.confirmed" : "occ.waiting"));
            Button cancel = view.button("occ-rsvp-cancel-" + i, "occ.rsvp.cancel", VaadinIcon.CLOSE_SMALL, () -> act(
                    "events.rsvp.cancel", () -> view.services.rsvps().cancel(occurrence, rsvp.id())));
            line.add(who, status, cancel);
            box.add(line);
        }
        return box;
    }

    private Div attendance() {
        Div box = new Div(new H3(texts.get("occ.attendance")));
        box.setId("occ-attendance");
        AttendanceBook.Count count = view.services.attendance().count(occurrence.key());
        Paragraph summary = new Paragraph(texts.get("occ.attendance.summary", count.members(), count.anonymous(),
                count.headcount().map(String::valueOf).orElse("\u2014"), count.total()));
        summary.setId("occ-attendance-summary");
        box.add(summary);
        Set<String> present = view.services.attendance().present(occurrence.key());
        List<String> members = view.services.rsvps().list(occurrence.key()).stream()
                .flatMap(r -> r.personId().stream()).toList();
        for (int i = 0; i < members.size(); i++) {
            String personId = members.get(i);
            Checkbox came = new Checkbox(name(personId), present.contains(personId));
            came.setId("occ-present-" + i);
            came.addValueChangeListener(e -> act("events.attendance.mark",
                    () -> view.services.attendance().mark(occurrence.key(), personId, e.getValue())));
            box.add(came);
        }
        TextField headcount = new TextField(texts.get("occ.headcount"));
        headcount.setId("occ-headcount");
        headcount.setMaxLength(6);
        count.headcount().map(String::valueOf).ifPresent(headcount::setValue);
        Button save = view.button("occ-headcount-save", "occ.headcount.save", VaadinIcon.CHECK, () -> act(
                "events.headcount", () -> view.services.attendance().headcount(occurrence.key(),
                        FormFields.number(headcount.getValue(), "error.headcount").orElse(0), view.context().viewer().personId())));
        box.add(ManageView.row());
        box.add(headcount, save);
        return box;
    }

    private String name(String personId) {
        return view.services.people().find(personId)
                .map(p -> p.chosenName() + p.lastInitial().map(i -> " " + i).orElse("")).orElse(texts.get("occ.forgotten"));
    }

    /** Does a change, audits it by ids, and shows the occurrence afresh. */
    private void act(String action, Runnable change) {
        view.attempt(() -> {
            change.run();
            view.services.audit().record(view.actor(), action, occurrence.reference());
            return true;
        }, message).ifPresent(done -> view.showOccurrence(occurrence.key()));
    }
}
