package org.hearth.volunteers.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Optional;

/**
 * The volunteer's private calendar link for their phone: shown only when asked for, and replaceable (the old
 * link stops working at once) or stoppable.
 */
final class CalendarPanel extends Div {

    private final MyShiftsView view;
    private final Paragraph link = new Paragraph();

    CalendarPanel(MyShiftsView view) {
        this.view = view;
        setId("my-calendar");
        link.setId("my-calendar-link");
        link.getStyle().set("overflow-wrap", "anywhere").set("font-family", "monospace");
        Button show = new Button(view.texts.get("calendar.show"), e -> show(false));
        show.setId("my-calendar-show");
        Button renew = new Button(view.texts.get("calendar.renew"), e -> show(true));
        renew.setId("my-calendar-renew");
        Button stop = new Button(view.texts.get("calendar.stop"), e -> stop());
        stop.setId("my-calendar-stop");
        Div row = new Div(show, renew, stop);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "12px");
        add(new H2(view.texts.get("calendar.title")), new Paragraph(view.texts.get("calendar.note")), row, link);
    }

    private void show(boolean renew) {
        Optional<String> key = Steps.attempt(() -> renew ? view.services.links().renew(view.personId)
                : view.services.links().keyFor(view.personId), view.texts, view.message, LoggerHolder.LOG, "Calendar link");
        key.ifPresent(k -> link.setText(base() + CalendarLinks.PATH + "?key=" + k
                + ("es".equals(view.texts.locale().getLanguage()) ? "&lang=es" : "")));
    }

    private void stop() {
        if (Steps.run(() -> view.services.links().revoke(view.personId), view.texts, view.message, LoggerHolder.LOG,
                "Calendar link")) {
            link.setText(view.texts.get("calendar.stopped"));
        }
    }

    /** The address the kiosk is reached at, as the browser asked for it. */
    private static String base() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            StringBuffer url = servlet.getHttpServletRequest().getRequestURL();
            String path = servlet.getHttpServletRequest().getRequestURI();
            return url.substring(0, url.length() - path.length());
        }
        return "";
    }

    private static final class LoggerHolder {
        static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CalendarPanel.class);
    }
}
