package org.hearth.volunteers.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bookkeeper's files, read back with Commons CSV; and a volunteer's statement page. */
@Tag("database")
class StipendCsvTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 9, 0);
    private final StipendsFixture f = new StipendsFixture();
    private final Person ana = f.people.register("Ana", java.util.Optional.of("Q"), java.util.Optional.empty());
    private final Person bo = f.volunteer("=Bo");

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    private void month() {
        f.hours.approve(f.worked(ana.id(), "front_desk", MONDAY, MONDAY.plusMinutes(200), false), "coord");
        f.ledger.adjust(ana.id(), -500, "Counted twice, see 2 Nov", "coord");
        f.ledger.approve(ana.id(), "coord");
        f.ledger.pay(ana.id(), 3667, f.ledger.today(), LedgerEntry.Method.GIFT_CARD, "coord");
        f.ledger.adjust(bo.id(), 1000, "+ bus fare", "coord");
    }

    @Test
    void everyEntryIsARowWithHeadingsInWordsAndNamesOnly() throws IOException {
        month();
        Texts en = Texts.load(StipendCsv.class, HoursModule.TEXTS, Locale.ENGLISH);
        String csv = StipendCsv.entries(f.services(), en, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        List<CSVRecord> rows = parse(csv);
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("Date,Volunteer,Entry,Role,Hours,Amount,Paid by,Reason");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).toList()).containsExactly("2026-11-23", "Ana Q.", "Earned (approved hours)",
                "Front desk", "3.33", "41.67", "", "");
        assertThat(rows.get(1).toList()).containsExactly("2026-11-25", "Ana Q.", "Adjustment", "", "", "-5.00", "",
                "Counted twice, see 2 Nov");
        assertThat(rows.get(2).get("Entry")).isEqualTo("Approved for payment");
        assertThat(rows.get(2).get("Amount")).isEqualTo("36.67");
        assertThat(rows.get(3).get("Paid by")).isEqualTo("Gift card");
        assertThat(rows.get(4).get("Volunteer")).isEqualTo("'=Bo B.");     // a formula is defused
        assertThat(rows.get(4).get("Reason")).isEqualTo("'+ bus fare");
        assertThat(csv).doesNotContain(ana.id()).doesNotContain("coord");
        assertThat(StipendCsv.entries(f.services(), en, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24)))
                .isEqualTo("Date,Volunteer,Entry,Role,Hours,Amount,Paid by,Reason\r\n");
    }

    @Test
    void totalsPerVolunteerInSpanish() throws IOException {
        month();
        Texts es = Texts.load(StipendCsv.class, HoursModule.TEXTS, Locale.forLanguageTag("es"));
        List<CSVRecord> rows = parse(StipendCsv.totals(f.services(), es, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30)));
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("Persona voluntaria", "Horas",
                "Ganado (horas aprobadas)", "Ajuste", "Aprobado para pago", "Pago");
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("'=Bo B.", "Ana Q.");
        assertThat(rows.get(1).toList()).containsExactly("Ana Q.", "3.33", "41.67", "-5.00", "36.67", "36.67");
        assertThat(rows.get(0).toList()).containsExactly("'=Bo B.", "0.00", "0.00", "10.00", "0.00", "0.00");
    }

    @Test
    void theStatementListsTheYearsHoursAndMoneyOfThatPersonOnly() {
        month();
        Texts en = Texts.load(StatementPage.class, HoursModule.TEXTS, Locale.ENGLISH);
        String html = StatementPage.html(f.services(), en, ana.id(), 2026);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.title()).isEqualTo("Hours and stipends, 2026");
        assertThat(page.select("#statement-hours tr")).hasSize(2);
        assertThat(page.select("#statement-hours td").eachText()).containsExactly("Nov 23, 2026", "Front desk", "3.33");
        assertThat(page.select("#statement-stipends tr")).hasSize(5);
        assertThat(page.text()).contains("Ana Q.", "$41.67", "\u2212$5.00", "Gift card", "Counted twice",
                "Paid this year: $36.67").doesNotContain("Bo B.", "bus fare");
        assertThat(StatementPage.html(f.services(), en, ana.id(), 2025)).doesNotContain("$41.67");
    }
}
