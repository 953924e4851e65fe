package org.hearth.events.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.hearth.api.Texts;
import org.hearth.api.ui.MemberFinder;

/**
 * Who is coming: a returning member finds themselves as at sign-in (scan or type a key tag and press Enter, or
 * type three letters of the chosen name and tap their masked name among at most three), or guests just say how
 * many they are, without a name.
 */
final class RsvpStep extends Div {

    private final WeekView flow;
    private final Texts texts;
    private final Occurrence occurrence;
    private int party = 1;

    RsvpStep(WeekView flow, Occurrence occurrence) {
        this.flow = flow;
        this.texts = flow.texts;
        this.occurrence = occurrence;
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "32px").set("width", "100%");
        H2 title = new H2(texts.get("rsvp.title", occurrence.title()));
        title.setId("rsvp-title");
        title.getElement().setAttribute("dir", "auto");
        Div heading = column("1 1 100%");
        heading.add(title, new Paragraph(EventCard.when(texts, occurrence, flow.services.schedule().today())));

        Button back = new Button(texts.get("back"), VaadinIcon.ARROW_LEFT.create(), e -> flow.showWeek());
        back.setId("rsvp-back");
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Div footer = column("1 1 100%");
        footer.add(back);
        add(heading, asMember(), asGuests(), footer);
    }

    /** A member finds themselves: by the start of their name or a key tag, then picks their masked name. */
    private Div asMember() {
        Div member = column("1 1 480px");
        member.add(new H3(texts.get("rsvp.member")), new Paragraph(texts.get("rsvp.member.note")),
                new MemberFinder(flow.services.people(), texts, "rsvp-", "rsvp", texts.get("rsvp.name"),
                        (person, typed) -> flow.showMember(occurrence, person),
                        (person, code) -> flow.showMember(occurrence, person)));
        return member;
    }

    /** Coming without a name: how many, then save. */
    private Div asGuests() {
        Div guests = column("1 1 320px");
        Paragraph message = WeekView.message("rsvp-message");
        Button save = new Button(texts.get("rsvp.guest.save"), VaadinIcon.CHECK.create(), e -> flow.attempt(
                () -> flow.services.rsvps().reserve(occurrence, Optional.empty(), party), message)
                .ifPresent(outcome -> flow.confirm(flow.outcome(occurrence, outcome))));
        save.setId("rsvp-guest-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        guests.add(new H3(texts.get("rsvp.guest")), new Paragraph(texts.get("rsvp.guest.note")), partySizes(), save,
                message);
        return guests;
    }

    /** One button for each party size from 1 (chosen at first) to the most allowed. */
    private Div partySizes() {
        Div sizes = new Div();
        sizes.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px");
        for (int n = 1; n <= EventRules.MAX_PARTY; n++) {
            int size = n;
            Button choice = new Button(Integer.toString(n));
            choice.setId("rsvp-party-" + n);
            choice.getStyle().set("min-width", "64px").set("min-height", "64px").set("font-size", "1.4rem");
            choice.addClickListener(e -> {
                party = size;
                sizes.getChildren().forEach(c -> ((Button) c).removeThemeVariants(ButtonVariant.LUMO_PRIMARY));
                choice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            });
            if (n == 1) {
                choice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            sizes.add(choice);
        }
        return sizes;
    }

    private static Div column(String flex) {
        Div column = new Div();
        column.getStyle().set("flex", flex).set("min-width", "0");
        return column;
    }
}
