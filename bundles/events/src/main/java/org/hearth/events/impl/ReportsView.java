package org.hearth.events.impl;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Texts;
import org.hearth.api.ui.CountTable;

/**
 * Counts for reports over the last twelve months: events held, attendance, and both by kind of support. The
 * screen shows the real numbers; the CSV export suppresses counts of 1 to 10.
 */
final class ReportsView extends Div {

    ReportsView(ManageView view) {
        Texts texts = view.texts;
        H2 title = new H2(texts.get("report.title"));
        title.setId("report-title");
        add(title, new Paragraph(texts.get("report.note")));
        Optional<List<Reports.Row>> rows = view.attempt(() -> view.services.reports().lastMonths(Reports.MAX_MONTHS), null);
        if (rows.isEmpty()) {
            add(new Paragraph(texts.get("error.load")), view.button("report-back", "back", VaadinIcon.ARROW_LEFT,
                    () -> view.showList(false)));
            return;
        }
        List<String> headings = Reports.headingKeys().stream().map(texts::get).toList();
        CountTable table = new CountTable("report-table", texts.get("report.title"),
                headings.subList(1, headings.size()), 3);
        for (Reports.Row row : rows.get()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(row.held()), Integer.toString(row.attendance())));
            for (KindOfSupport kind : KindOfSupport.values()) {
                cells.add(Integer.toString(row.heldByKind().getOrDefault(kind, 0)));
                cells.add(Integer.toString(row.attendanceByKind().getOrDefault(kind, 0)));
            }
            table.add(headings.get(0) + " " + row.month(), cells);
        }
        String file = "event-counts-" + rows.get().get(0).month() + "-to-" + rows.get().get(rows.get().size() - 1).month() + ".csv";
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Reports.csv(view.services.reports().lastMonths(Reports.MAX_MONTHS), headings)
                    .getBytes(StandardCharsets.UTF_8);
            view.services.audit().record(view.actor(), "events.report.export", "events");
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv; charset=UTF-8", bytes.length);
        }), AttachmentType.DOWNLOAD, texts.get("report.export"));
        export.setId("report-export");
        export.getStyle().set("display", "inline-block").set("padding", "12px 20px").set("margin", "8px 0")
                .set("border", "1px solid #7a3e1d").set("border-radius", "12px");
        add(export, table, view.button("report-back", "back", VaadinIcon.ARROW_LEFT, () -> view.showList(false)));
    }
}
