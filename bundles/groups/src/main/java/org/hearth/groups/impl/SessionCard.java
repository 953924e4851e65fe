package org.hearth.groups.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.hearth.api.Texts;

/** One session as a large card: group, day and time, room, pathway, open or closed, language, notice. */
final class SessionCard extends Div {

    SessionCard(Texts texts, Group group, Map<String, Pathway> pathways, Session session, Component... actions) {
        addClassName("session-card");
        setId("session-" + session.id());
        getStyle().set("border", "2px solid #7a3e1d").set("border-radius", "16px").set("padding", "12px 20px")
                .set("margin", "8px 0").set("box-sizing", "border-box").set("width", "100%");
        H3 title = new H3(group.name());
        title.getStyle().set("margin", "0 0 4px 0");
        title.getElement().setAttribute("dir", "auto");
        add(title, line(when(texts, session)));
        Pathway pathway = pathways.get(group.pathwayCode());
        String about = (pathway == null ? group.pathwayCode() : pathway.name(texts.locale())) + " \u00b7 "
                + texts.get("kind." + group.kind().name().toLowerCase(Locale.ROOT)) + " \u00b7 "
                + texts.get(group.open() ? "group.open" : "group.closed") + " \u00b7 "
                + texts.get("language." + group.language());
        add(line(about));
        session.room().ifPresent(r -> add(line(r)));
        if (session.cancelled()) {
            Paragraph off = line(texts.get("session.cancelled") + session.cancelNote().map(n -> ": " + n).orElse(""));
            off.setId("session-cancelled-" + session.id());
            off.getStyle().set("font-weight", "700").set("color", "#8b0000");
            add(off);
        }
        if (actions.length > 0) {
            Div row = new Div(actions);
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "12px").set("margin-top", "8px");
            add(row);
        }
    }

    static String when(Texts texts, Session session) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(texts.get("format.day"), texts.locale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale());
        return texts.get("session.when", day.format(session.start()), time.format(session.start()),
                time.format(session.end()));
    }

    private static Paragraph line(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("margin", "2px 0").set("font-size", "1.2rem");
        return p;
    }
}
