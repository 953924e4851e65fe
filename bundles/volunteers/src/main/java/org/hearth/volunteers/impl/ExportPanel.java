package org.hearth.volunteers.impl;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.hearth.api.Texts;

/**
 * The bookkeeper's CSV for a pay period: every ledger entry, or totals per volunteer, for the days chosen (this
 * month so far unless changed). Each download is audited with its period.
 */
final class ExportPanel extends Div {

    static final int MOST_DAYS = 366;

    private final HoursView view;
    private final DatePicker from;
    private final DatePicker to;
    private final Paragraph message = HoursView.message("export-message");

    ExportPanel(HoursView view) {
        this.view = view;
        Texts texts = view.texts;
        setWidthFull();
        H2 heading = new H2(texts.get("export.title"));
        heading.setId("export-title");
        LocalDate today = view.services.ledger().today();
        from = new DatePicker(texts.get("export.from"), today.withDayOfMonth(1));
        from.setId("export-from");
        to = new DatePicker(texts.get("export.to"), today);
        to.setId("export-to");
        from.setLocale(texts.locale());
        to.setLocale(texts.locale());
        from.addValueChangeListener(e -> check());
        to.addValueChangeListener(e -> check());
        Div period = HoursView.row();
        period.add(from, to);
        Anchor entries = CsvDownload.link("export-entries", texts.get("export.entries"),
                () -> StipendCsv.fileName("entries", start(), end()), () -> file("entries"));
        Anchor totals = CsvDownload.link("export-totals", texts.get("export.totals"),
                () -> StipendCsv.fileName("totals", start(), end()), () -> file("totals"));
        Div links = HoursView.row();
        links.add(entries, totals);
        add(heading, new Paragraph(texts.get("export.note")), period, message, links);
    }

    /** The file's content; a period that cannot be read gives the headings only. */
    String file(String kind) {
        LocalDate start = start();
        LocalDate end = end();
        view.audit("volunteers.stipends.export", "period:" + start + ".." + end);
        return "totals".equals(kind) ? StipendCsv.totals(view.services, view.texts, start, end)
                : StipendCsv.entries(view.services, view.texts, start, end);
    }

    private LocalDate start() {
        return from.getValue() == null ? view.services.ledger().today() : from.getValue();
    }

    /** The last day: never before the first, never more than a year after it. */
    private LocalDate end() {
        LocalDate end = to.getValue() == null ? start() : to.getValue();
        if (end.isBefore(start())) {
            return start();
        }
        return ChronoUnit.DAYS.between(start(), end) >= MOST_DAYS ? start().plusDays(MOST_DAYS - 1) : end;
    }

    private void check() {
        boolean wrong = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        message.setText(wrong ? view.texts.get("export.order") : "");
    }
}
