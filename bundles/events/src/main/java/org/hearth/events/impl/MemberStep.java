package org.hearth.events.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.hearth.api.Person;
import org.hearth.api.Texts;

/**
 * A member who found themselves: their masked name only, and either their place (kept or waiting) with
 * "I can't come after all", or "Save my place" with how many guests they bring.
 */
final class MemberStep extends Div {

    private final WeekView flow;
    private final Texts texts;
    private final Occurrence occurrence;
    private final Paragraph message = WeekView.message("rsvp-message");
    private int guests;

    MemberStep(WeekView flow, Occurrence occurrence, Person person) {
        this.flow = flow;
        this.texts = flow.texts;
        this.occurrence = occurrence;
        H2 title = new H2(texts.get("member.title", person.masked(), occurrence.title()));
        title.setId("rsvp-member-title");
        title.getElement().setAttribute("dir", "auto");
        add(title, new Paragraph(EventCard.when(texts, occurrence, flow.services.schedule().today())));
        Optional<Optional<Rsvp>> existing = flow.attempt(() -> flow.services.rsvps().of(occurrence.key(), person.id()), message);
        if (existing.isPresent() && existing.get().isPresent()) {
            showPlace(existing.get().get());
        } else if (existing.isPresent()) {
            offerPlace(person);
        }
        Button back = new Button(texts.get("member.notme"), VaadinIcon.ARROW_LEFT.create(), e -> flow.showRsvp(occurrence));
        back.setId("rsvp-member-back");
        add(message, back);
    }

    /** Their place, kept or waiting, and "I can't come after all". */
    private void showPlace(Rsvp rsvp) {
        int position = flow.services.rsvps().position(rsvp);
        add(new Paragraph(rsvp.status() == Rsvp.Status.CONFIRMED ? texts.get("member.has.place")
                : texts.get("member.waiting", position)));
        Button cancel = new Button(texts.get("member.cancel"), VaadinIcon.CLOSE_CIRCLE.create(), e -> flow.attempt(
                () -> flow.services.rsvps().cancel(occurrence, rsvp.id()), message)
                .ifPresent(done -> flow.confirm(texts.get("confirm.cancelled"))));
        cancel.setId("rsvp-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        add(cancel);
    }

    /** How many guests they bring (none at first), and "Save my place". */
    private void offerPlace(Person person) {
        add(new Paragraph(texts.get("member.guests")));
        Div choices = new Div();
        choices.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px");
        for (int n = 0; n < EventRules.MAX_PARTY; n++) {
            int count = n;
            Button choice = new Button(Integer.toString(n));
            choice.setId("rsvp-bring-" + n);
            choice.getStyle().set("min-width", "64px").set("min-height", "64px").set("font-size", "1.4rem");
            if (n == 0) {
                choice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            choice.addClickListener(e -> {
                guests = count;
                choices.getChildren().forEach(c -> ((Button) c).removeThemeVariants(ButtonVariant.LUMO_PRIMARY));
                choice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            });
            choices.add(choice);
        }
        Button save = new Button(texts.get("member.save"), VaadinIcon.CHECK.create(), e -> flow.attempt(
                () -> flow.services.rsvps().reserve(occurrence, Optional.of(person.id()), 1 + guests), message)
                .ifPresent(outcome -> flow.confirm(flow.outcome(occurrence, outcome))));
        save.setId("rsvp-member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(choices, save);
    }
}
