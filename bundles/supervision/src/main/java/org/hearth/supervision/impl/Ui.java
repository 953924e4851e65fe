package org.hearth.supervision.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.hearth.api.Texts;

/** Small pieces the screens share: a button with an id, a wrapping row, a date in words. */
final class Ui {

    private Ui() {
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId(id);
        return b;
    }

    static Div row(Component... children) {
        Div row = new Div(children);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "12px").set("align-items", "end");
        return row;
    }

    static Div actions(Component... children) {
        Div row = row(children);
        row.addClassName("step-actions");
        return row;
    }

    /** A card around one person's or one entry's lines. */
    static Div card(String id, Component... children) {
        Div card = new Div(children);
        card.setId(id);
        card.getStyle().set("border", "1px solid #c9b8a8").set("border-radius", "12px").set("padding", "12px 16px")
                .set("margin", "8px 0").set("max-width", "60rem");
        return card;
    }

    static String day(Texts texts, LocalDate day) {
        return DateTimeFormatter.ofPattern(texts.get("format.date"), texts.locale()).format(day);
    }
}
