package org.hearth.volunteers.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Texts;

/**
 * Hours waiting for approval, oldest first: who, which role, when, how long, and a clear flag on check-outs the
 * kiosk closed at the shift's end. Each can be approved (its stipend accrues) or corrected with a reason.
 */
final class HoursPanel extends Div {

    private final HoursView view;
    private final Texts texts;
    private final Paragraph message = HoursView.message("hours-message");

    HoursPanel(HoursView view, String notice) {
        this.view = view;
        this.texts = view.texts;
        setWidthFull();
        message.setText(notice);
        H2 heading = new H2(texts.get("hours.waiting"));
        heading.setId("hours-waiting-title");
        add(heading, message);
        Optional<List<HoursBook.Waiting>> waiting = view.attempt(() -> view.services.hours().waiting(), message);
        if (waiting.isEmpty()) {
            return;
        }
        if (waiting.get().isEmpty()) {
            Paragraph none = new Paragraph(texts.get("hours.none"));
            none.setId("hours-none");
            add(none);
        }
        Div list = new Div();
        list.setId("hours-list");
        list.setWidthFull();
        waiting.get().forEach(w -> list.add(line(w)));
        add(list);
    }

    private Div line(HoursBook.Waiting waiting) {
        TimeEntry entry = waiting.entry();
        long id = entry.id();
        Div line = HoursView.row();
        line.setId("hours-entry-" + id);
        line.getStyle().set("border-bottom", "1px solid #ddd").set("padding", "8px 0");
        Span who = new Span(view.name(entry.personId()));
        who.getElement().setAttribute("dir", "auto");
        who.getStyle().set("font-weight", "700").set("min-width", "10rem");
        Span what = new Span(view.services.roleName(entry.roleCode(), texts.locale()));
        Span when = new Span(texts.get("hours.span", view.when(entry.checkedIn()),
                entry.checkedOut().map(view::when).orElse(""), Money.hours(entry.minutes().orElse(0))));
        line.add(who, what, when);
        if (entry.autoClosed()) {
            Span flag = new Span(VaadinIcon.WARNING.create(), new Span(texts.get("hours.flag.auto")));
            flag.setId("hours-flag-" + id);
            flag.getStyle().set("color", "#8b0000").set("font-weight", "700").set("background", "#fff3cd")
                    .set("padding", "4px 8px").set("border-radius", "8px");
            line.add(flag);
        }
        if (waiting.corrections() > 0) {
            line.add(view.button("hours-history-" + id, "hours.history", VaadinIcon.TIME_BACKWARD,
                    () -> showHistory(line, id)));
        }
        Button approve = view.button("hours-approve-" + id, "hours.approve", VaadinIcon.CHECK, () -> approve(entry));
        approve.getElement().setAttribute("aria-label", texts.get("hours.approve.named", who.getText(), when.getText()));
        line.add(approve, view.button("hours-correct-" + id, "hours.correct", VaadinIcon.EDIT, () -> correct(entry)));
        return line;
    }

    private void approve(TimeEntry entry) {
        view.attempt(() -> {
            Optional<Long> accrued = view.services.hours().approve(entry.id(), view.actor());
            view.audit("volunteers.hours.approve", "time_entry:" + entry.id());
            return accrued;
        }, message).ifPresent(accrued -> view.showHours(accrued
                .map(c -> texts.get("hours.approved.money", view.money(c), view.name(entry.personId())))
                .orElse(texts.get("hours.approved"))));
    }

    private void correct(TimeEntry entry) {
        CorrectionForm form = new CorrectionForm(texts, entry, view.services.hours().history(entry.id()), view);
        form.addSaveListener(e -> view.attempt(() -> {
            TimeEntry corrected = view.services.hours().correct(entry.id(), e.edit().in(), e.edit().out(),
                    e.edit().reason(), view.actor());
            view.audit("volunteers.hours.correct", "time_entry:" + entry.id());
            return corrected;
        }, form.message()).ifPresent(done -> view.showHours(texts.get("hours.corrected"))));
        form.addBackListener(e -> view.showHours());
        view.show(form);
    }

    private void showHistory(Div line, long id) {
        view.attempt(() -> view.services.hours().history(id), message)
                .ifPresent(history -> line.add(CorrectionForm.history(texts, view, history)));
    }
}
