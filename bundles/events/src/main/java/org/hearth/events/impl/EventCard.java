package org.hearth.events.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.hearth.api.Texts;

/** One occurrence as a large card, readable from a step away; "I'm coming" when it takes RSVPs. */
final class EventCard extends Div {

    EventCard(Texts texts, Occurrence o, LocalDate today, Optional<RsvpBook.Seats> seats, Consumer<Occurrence> rsvp) {
        String id = id(o);
        setId("event-" + id);
        addClassName("event-card");
        getStyle().set("border", "2px solid #7a3e1d").set("border-radius", "16px").set("padding", "16px 20px")
                .set("margin", "0 0 16px 0").set("font-size", "1.25rem").set("background", "#fffaf4");
        H2 title = new H2(o.title());
        title.getElement().setAttribute("dir", "auto");
        title.getStyle().set("margin", "0 0 8px 0");
        add(title);
        status(texts, o, id);
        add(new Paragraph(when(texts, o, today)));
        o.place().ifPresent(p -> add(line(texts.get("card.place", p))));
        o.description().ifPresent(d -> {
            Paragraph text = line(d);
            text.getStyle().set("white-space", "pre-line");
            add(text);
        });
        add(chips(texts, o), new Paragraph(texts.get("note.free")));
        if (!o.cancelled()) {
            seats.ifPresent(s -> {
                Paragraph places = new Paragraph(s.left().map(left -> left == 0 ? texts.get("card.full")
                        : texts.get("card.left", left)).orElse(texts.get("card.open")));
                places.setId("seats-" + id);
                add(places);
            });
            Button coming = new Button(texts.get("card.rsvp"), VaadinIcon.HANDS_UP.create(), e -> rsvp.accept(o));
            coming.setId("rsvp-" + id);
            coming.getElement().setAttribute("aria-label", texts.get("card.rsvp.named", o.title()));
            coming.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            add(coming);
        }
    }

    /** Cancelled (with the notice given) or changed, when it is. */
    private void status(Texts texts, Occurrence o, String id) {
        if (o.cancelled()) {
            Paragraph notice = new Paragraph(texts.get("card.cancelled") + o.notice().map(n -> ": " + n).orElse(""));
            notice.setId("notice-" + id);
            notice.getStyle().set("font-weight", "700").set("color", "#8b0000").set("font-size", "1.4rem");
            add(notice);
        } else if (o.changed()) {
            add(new Paragraph(texts.get("card.changed")));
        }
    }

    /** The kind of support, the tags, child care and transport, as chips. */
    private static Div chips(Texts texts, Occurrence o) {
        Div chips = new Div();
        chips.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px");
        chips.add(chip(texts.get(Kinds.textKey(o.kind()))));
        o.event().draft().tags().stream().sorted().forEach(t -> chips.add(chip(texts.get(t.textKey()))));
        if (o.event().draft().childCare()) {
            chips.add(chip(texts.get("flag.childcare")));
        }
        if (o.event().draft().transport()) {
            chips.add(chip(texts.get("flag.transport")));
        }
        return chips;
    }

    /** The part of element ids that names an occurrence: {@code 42-20261125}. */
    static String id(Occurrence o) {
        return o.key().eventId() + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(o.key().occursOn());
    }

    /** "Today, 6:00 PM to 8:00 PM" or "Thursday, November 27, 6:00 PM to 8:00 PM". */
    static String when(Texts texts, Occurrence o, LocalDate today) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale());
        LocalDate day = o.start().toLocalDate();
        String date = day.equals(today) ? texts.get("card.today")
                : DateTimeFormatter.ofPattern("EEEE d MMMM", texts.locale()).format(day);
        String end = o.end().toLocalDate().equals(day) ? time.format(o.end())
                : DateTimeFormatter.ofPattern("EEEE d MMMM", texts.locale()).format(o.end()) + " " + time.format(o.end());
        return texts.get("card.when", date, time.format(o.start()), end);
    }

    private static Paragraph line(String text) {
        Paragraph line = new Paragraph(text);
        line.getElement().setAttribute("dir", "auto");
        line.getStyle().set("margin", "4px 0");
        return line;
    }

    private static Span chip(String text) {
        Span chip = new Span(text);
        chip.getStyle().set("border", "1px solid #7a3e1d").set("border-radius", "999px").set("padding", "2px 12px")
                .set("font-size", "1.05rem");
        return chip;
    }
}
