package org.hearth.console.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The funder report's files, read back as a funder's program would: suppression applied, the notice in each. */
@Tag("database")
class ReportFilesTest {

    private static final Range NOVEMBER = new Range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    private final ConsoleFixture f = new ConsoleFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private List<ReportFigures.Line> november(Locale locale) {
        f.counts.add("signin.visits", LocalDate.of(2026, 11, 3), "4").add("signin.people", LocalDate.of(2026, 11, 1), "12")
                .add("volunteers.paid", LocalDate.of(2026, 11, 20), "4.00")
                .add("volunteers.hours", LocalDate.of(2026, 11, 20), "3.25")
                .add("groups.attendance", LocalDate.of(2026, 11, 3), KindOfSupport.EMOTIONAL, "12");
        return f.report.figures().lines(NOVEMBER, locale);
    }

    private static ReportFiles files(Locale locale) {
        return new ReportFiles(Texts.load(ReportFilesTest.class, DashboardModule.TEXTS, locale));
    }

    @Test
    void theCsvReadsBackWithSmallCountsSuppressedZeroShownAndMoneyAsItIs() throws IOException {
        String csv = files(Locale.ENGLISH).csv(november(Locale.ENGLISH), NOVEMBER);
        assertThat(csv).startsWith("# Funder report: From 1 November 2026 to 30 November 2026")
                .contains("# These figures come from confidential records", "may not be redisclosed");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                ReportFiles.CSV.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactly("Measure", "Kind of support", "Period", "Number");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(number(rows, "Visits", "All kinds of support")).isEqualTo("<11");
            assertThat(number(rows, "Different people", "All kinds of support")).isEqualTo("12");
            assertThat(number(rows, "Stipends paid", "All kinds of support")).isEqualTo("4.00");
            assertThat(number(rows, "Volunteer hours", "All kinds of support")).isEqualTo("3.25");
            assertThat(number(rows, "Group attendance", "Emotional support")).isEqualTo("12");
            assertThat(number(rows, "Group attendance", "Practical help")).isEqualTo("0");
            assertThat(rows).filteredOn(r -> r.get("Measure").equals("Different people")).extracting(r -> r.get("Period"))
                    .containsExactly("November 2026");
        }
    }

    @Test
    void theSpanishCsvCarriesTheNoticeInSpanish() {
        String csv = files(Locale.forLanguageTag("es")).csv(november(Locale.forLanguageTag("es")), NOVEMBER);
        assertThat(csv).contains("# Estas cifras provienen de registros confidenciales", "Medida,Tipo de apoyo,Periodo,Cifra",
                "Visits (es),Todos los tipos de apoyo,1 de noviembre de 2026 a 30 de noviembre de 2026,<11");
    }

    @Test
    void thePdfIsAPdfWithTheNoticeAndTheSuppressedFigures() throws IOException {
        byte[] pdf = files(Locale.ENGLISH).pdf(november(Locale.ENGLISH), NOVEMBER);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        String words = text.toString().replaceAll("\\s+", " ");
        assertThat(words).contains("These figures come from confidential records", "redisclosed", "Visits", "<11",
                "$4.00");
    }

    @Test
    void thePrintablePageHasTheNoticeTheLanguageAndHidesItsButtonInPrint() {
        String page = files(Locale.forLanguageTag("es")).page(november(Locale.forLanguageTag("es")), NOVEMBER);
        assertThat(page).startsWith("<!DOCTYPE html><html lang=\"es\">").contains("Estas cifras provienen",
                "@media print{button{display:none}", "window.print()", "&lt;11");
    }

    private static String number(List<CSVRecord> rows, String measure, String kind) {
        return rows.stream().filter(r -> r.get("Measure").equals(measure) && r.get("Kind of support").equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + measure + " " + kind)).get("Number");
    }
}
