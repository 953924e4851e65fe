package org.hearth.console.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.hearth.api.ui.StepHeading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The funder report: two days (last calendar month at first), the figures with small counts suppressed and the
 * redisclosure notice, and the same as CSV, a printable page and PDF, each export written to the audit log.
 */
class FunderReportView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(FunderReportView.class);

    private final FunderReport report;
    private final Texts texts;
    private ReportFiles files;
    private Scopes.Option scope;
    private final String actor;
    private final DatePicker from;
    private final DatePicker to;
    private final Paragraph message = new Paragraph();
    private final Div figures = new Div();

    FunderReportView(FunderReport report, ModuleContext context) {
        this.report = report;
        this.texts = context.texts(FunderReportView.class, DashboardModule.TEXTS);
        this.files = new ReportFiles(texts);
        this.actor = context.viewer().personId().orElse("staff");
        addClassName("console-report");
        setPadding(false);
        Range first = Range.lastMonth(report.today());
        from = DayPickers.picker("report-from", texts.get("report.from"), first.from(), texts);
        to = DayPickers.picker("report-to", texts.get("report.to"), first.to(), texts);
        Button show = new Button(texts.get("report.show"), e -> show());
        show.setId("report-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.setId("report-message");
        message.getElement().setAttribute("role", "status");
        figures.setId("report-figures");
        figures.setWidthFull();
        List<Scopes.Option> options = report.figures().scopes().options(texts);
        scope = options.get(0);
        Div choice = new Div(from, to, show);
        if (options.size() > 1) {
            choice.addComponentAsFirst(Scopes.select("report-scope", options, texts, o -> {
                scope = o;
                files = new ReportFiles(texts, o.label());
                show();
            }));
            files = new ReportFiles(texts, scope.label());
        }
        choice.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "12px").set("align-items", "end");
        add(StepHeading.focus(new H1(texts.get("report.title"))), new Paragraph(texts.get("report.intro")), choice,
                message, figures);
        show();
    }

    /** Shows the figures for the chosen days, or says kindly why it cannot. */
    void show() {
        figures.removeAll();
        message.setText("");
        Range range;
        try {
            range = Range.of(from.getValue(), to.getValue());
        } catch (Refusal refusal) {
            message.setText(texts.get(refusal.key()));
            return;
        }
        List<ReportFigures.Line> lines;
        try {
            lines = report.figures().lines(range, texts.locale(), scope.scope());
        } catch (RuntimeException e) {
            LOG.warn("The funder report could not read the count board: {}", e.getClass().getName());
            message.setText(texts.get("report.error"));
            return;
        }
        Paragraph notice = new Paragraph(texts.get("report.notice"));
        notice.setId("report-notice");
        notice.getStyle().set("font-weight", "600");
        figures.add(new H2(files.title(range)), notice, exports(range), new Paragraph(texts.get("report.people.note")));
        if (report.figures().partial(texts.locale(), scope.scope())) {
            figures.add(Scopes.partial("report-partial", texts));
        }
        figures.add(lines.isEmpty() ? new Paragraph(texts.get("report.none")) : table(lines, range));
    }

    private Div exports(Range range) {
        Div row = new Div(file("report-csv", "report.csv", range, "csv", "text/csv; charset=UTF-8", false),
                file("report-print", "report.print", range, "html", "text/html; charset=UTF-8", true),
                file("report-pdf", "report.pdf", range, "pdf", "application/pdf", false));
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "12px");
        return row;
    }

    /** The report as a file ({@code csv}, {@code html} or {@code pdf}) from the figures as they are now, audited. */
    byte[] export(String kind, Range range) {
        List<ReportFigures.Line> lines = report.figures().lines(range, texts.locale(), scope.scope());
        byte[] bytes = switch (kind) {
            case "csv" -> files.csv(lines, range).getBytes(StandardCharsets.UTF_8);
            case "html" -> files.page(lines, range).getBytes(StandardCharsets.UTF_8);
            default -> files.pdf(lines, range);
        };
        report.audit().record(actor, "funder-report." + kind, "range:" + range.subject()
                + (scope.label().isEmpty() ? "" : " center:" + scope.scope().center().orElse("network")));
        return bytes;
    }

    /** A link that makes its file when tapped. */
    private Anchor file(String id, String key, Range range, String kind, String type, boolean inline) {
        String name = "funder-report-" + (scope.label().isEmpty() ? "" : scope.scope().center().orElse("network") + "-")
                + range.subject().replace("..", "-to-") + "." + kind;
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export(kind, range);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        });
        Anchor anchor = new Anchor();
        anchor.setText(texts.get(key));
        anchor.setId(id);
        // the address belongs to the screen's UI, so it is made when the link is shown
        anchor.addAttachListener(e -> anchor.setHref(handler, inline ? AttachmentType.INLINE : AttachmentType.DOWNLOAD));
        if (inline) {
            anchor.setTarget("_blank");
        }
        anchor.getStyle().set("display", "inline-flex").set("align-items", "center").set("min-height", "48px")
                .set("padding", "0 20px").set("border", "1px solid #7a3e1d").set("border-radius", "12px");
        return anchor;
    }

    /** The figures as a table with column headings, which reads well aloud and on a narrow screen. */
    private Div table(List<ReportFigures.Line> lines, Range range) {
        Element table = new Element("table");
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        Element head = new Element("tr");
        files.headings().forEach(h -> head.appendChild(cell("th", h).setAttribute("scope", "col")));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (ReportFigures.Line line : lines) {
            Element row = new Element("tr");
            List<String> cells = files.cells(line, range, false);
            for (int i = 0; i < cells.size(); i++) {
                Element td = cell("td", cells.get(i));
                if (i == 3) {
                    td.getStyle().set("text-align", "right");
                }
                row.appendChild(td);
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        Div box = new Div();
        box.setId("report-table");
        box.getStyle().set("overflow-x", "auto").set("width", "100%");
        box.getElement().appendChild(table);
        return box;
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag).setText(text);
        cell.getStyle().set("border-bottom", "1px solid #d8ccc0").set("padding", "6px 8px").set("text-align", "left");
        return cell;
    }
}
