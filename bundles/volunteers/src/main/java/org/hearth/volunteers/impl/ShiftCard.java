package org.hearth.volunteers.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.hearth.api.Texts;

/** One shift as a large card: role, day and times, place, and the actions the screen gives it. */
final class ShiftCard extends Div {

    ShiftCard(Texts texts, Map<String, ShiftRole> roles, Shift shift, Component... actions) {
        addClassName("shift-card");
        setId("shift-" + shift.id());
        getStyle().set("border", "2px solid #7a3e1d").set("border-radius", "16px").set("padding", "12px 20px")
                .set("margin", "8px 0").set("box-sizing", "border-box").set("width", "100%");
        ShiftRole role = roles.get(shift.roleCode());
        H3 title = new H3(role == null ? shift.roleCode() : role.name(texts.locale()));
        title.getStyle().set("margin", "0 0 4px 0");
        add(title, line(when(texts, shift)));
        shift.place().ifPresent(p -> add(line(p)));
        if (shift.cancelled()) {
            Paragraph off = line(texts.get("shift.cancelled"));
            off.getStyle().set("font-weight", "700").set("color", "#8b0000");
            add(off);
        }
        if (actions.length > 0) {
            Div row = new Div(actions);
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "12px").set("margin-top", "8px");
            add(row);
        }
    }

    /** "Friday 11 December, 10:00 – 14:00" in the viewer's language. */
    static String when(Texts texts, Shift shift) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(texts.get("format.day"), texts.locale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale());
        return texts.get("shift.when", day.format(shift.start()), time.format(shift.start()), time.format(shift.end()));
    }

    private static Paragraph line(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("margin", "2px 0").set("font-size", "1.25rem");
        return p;
    }
}
