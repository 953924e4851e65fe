package org.hearth.console.impl;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hearth.api.Texts;

/**
 * The funder report as files, each carrying the redisclosure notice: CSV (Apache Commons CSV; the notice and the
 * range as comment lines starting with {@code #}), a printable HTML page and PDF (OpenPDF). Numbers are plain in
 * the CSV and as the viewer reads them elsewhere; suppressed counts are {@code <11} everywhere.
 */
final class ReportFiles {

    /** How the CSV is written, and how a program reads it back. */
    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setCommentMarker('#').get();

    private final Texts texts;
    private final Locale locale;
    private final String scope;

    ReportFiles(Texts texts) {
        this(texts, "");
    }

    /** Files of the figures of {@code scope}: a center's name, the whole network, or empty for a single kiosk. */
    ReportFiles(Texts texts, String scope) {
        this.texts = texts;
        this.locale = texts.locale();
        this.scope = scope;
    }

    List<String> headings() {
        return List.of(texts.get("report.measure"), texts.get("report.kind"), texts.get("report.period"),
                texts.get("report.value"));
    }

    /** A line's cells: the measure, the kind of support, the period and the number ({@code plain} for files). */
    List<String> cells(ReportFigures.Line line, Range range, boolean plain) {
        String kind = texts.get(line.kind().map(k -> "kind." + k.name().toLowerCase(Locale.ROOT)).orElse("kind.all"));
        String period = line.month().map(m -> Numbers.month(m, locale))
                .orElse(texts.get("report.whole", Numbers.day(range.from(), locale), Numbers.day(range.to(), locale)));
        String value = plain ? Numbers.plain(line.measure().unit(), line.value())
                : Numbers.shown(line.measure().unit(), line.value(), locale);
        return List.of(line.measure().title(), kind, period, value);
    }

    String title(Range range) {
        return texts.get("report.title") + ": " + (scope.isEmpty() ? "" : scope + ", ")
                + texts.get("report.range", Numbers.day(range.from(), locale), Numbers.day(range.to(), locale));
    }

    String csv(List<ReportFigures.Line> lines, Range range) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSV.builder().setHeaderComments(title(range), texts.get("report.notice"),
                texts.get("report.people.note")).setHeader(headings().toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ReportFigures.Line line : lines) {
                printer.printRecord(cells(line, range, true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    byte[] pdf(List<ReportFigures.Line> lines, Range range) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title(range));
            document.open();
            document.add(new Paragraph(title(range), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
            document.add(new Paragraph(texts.get("report.notice"), small));
            document.add(new Paragraph(texts.get("report.people.note"), small));
            PdfPTable table = new PdfPTable(new float[] {4, 3, 3, 2});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            table.setHeaderRows(1);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            headings().forEach(h -> table.addCell(new Phrase(h, bold)));
            Font plain = FontFactory.getFont(FontFactory.HELVETICA, 10);
            for (ReportFigures.Line line : lines) {
                List<String> cells = cells(line, range, false);
                for (int i = 0; i < cells.size(); i++) {
                    PdfPCell cell = new PdfPCell(new Phrase(cells.get(i), plain));
                    cell.setHorizontalAlignment(i == 3 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                    table.addCell(cell);
                }
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** A plain page to print: the title, the notice, the table, a Print button that does not print itself. */
    String page(List<ReportFigures.Line> lines, Range range) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(Charts.escape(title(range)))
                .append("</title><style>body{font-family:sans-serif;margin:2rem;color:#222}"
                        + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:4px 8px;"
                        + "text-align:left}td.n{text-align:right}button{min-height:48px;min-width:48px;font-size:1rem}"
                        + "@media print{button{display:none}body{margin:0}}</style></head><body><h1>")
                .append(Charts.escape(title(range))).append("</h1><p><strong>")
                .append(Charts.escape(texts.get("report.notice"))).append("</strong></p><p>")
                .append(Charts.escape(texts.get("report.people.note"))).append("</p><button onclick=\"window.print()\">")
                .append(Charts.escape(texts.get("report.print.button"))).append("</button><table><thead><tr>");
        headings().forEach(h -> html.append("<th scope=\"col\">").append(Charts.escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (ReportFigures.Line line : lines) {
            List<String> cells = cells(line, range, false);
            html.append("<tr>");
            for (int i = 0; i < cells.size(); i++) {
                html.append(i == 3 ? "<td class=\"n\">" : "<td>").append(Charts.escape(cells.get(i))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }
}
