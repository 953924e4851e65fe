package org.hearth.console.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.testkit.Screen.allText;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.get;
import static org.hearth.testkit.Screen.has;
import static org.hearth.testkit.Screen.set;
import static org.hearth.testkit.Screen.text;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Measure;
import org.hearth.api.Texts;
import org.hearth.testkit.TestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard and the funder report as the coordinator meets them, in English and Spanish. */
class ViewsTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final ConsoleFixture f = new ConsoleFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private DashboardView dashboard(Locale locale) {
        return new DashboardView(f.figures, Texts.load(ViewsTest.class, DashboardModule.TEXTS, locale));
    }

    private FunderReportView report(Locale locale) {
        return new FunderReportView(f.report, new TestContext(ConsoleFixture.COORDINATOR, locale));
    }

    private void someDays() {
        f.counts.add("signin.visits", TODAY, "3").add("signin.visits", LocalDate.of(2026, 11, 4), "1204")
                .add("signin.visits", LocalDate.of(2026, 11, 5), "2")
                .add("signin.people", LocalDate.of(2026, 11, 1), "4")
                .add("volunteers.paid", TODAY, "1041.67")
                .add("groups.attendance", TODAY, KindOfSupport.EMOTIONAL, "9")
                .add("groups.attendance", LocalDate.of(2026, 11, 4), KindOfSupport.INSTRUMENTAL, "5");
    }

    @Test
    void theDashboardShowsEveryMeasureAtAGlanceAndChartsWithTheirNumbers() {
        someDays();
        DashboardView view = dashboard(Locale.ENGLISH);
        assertThat(text(view, "glance-signin")).contains("Today", "This week", "This month", "Visits", "3");
        assertThat(text(view, "glance-volunteers")).contains("Stipends paid", "$1,041.67");
        String trend = get(view, "dashboard-trend").getElement().getProperty("innerHTML");
        assertThat(trend).startsWith("<svg role=\"img\" aria-label=\"Visits, each month from January 2026 to December 2026\"")
                .contains("<title>Visits, each month");
        assertThat(text(view, "dashboard-trend-numbers")).contains("Nov 26", "1,206", "Dec 26");
        assertThat(has(view, "dashboard-kinds-none")).isTrue();
        set(view, "dashboard-measure", f.figures.measures(Locale.ENGLISH).stream()
                .filter(m -> m.id().equals("groups.attendance")).findFirst().orElseThrow());
        assertThat(get(view, "dashboard-kinds").getElement().getProperty("innerHTML"))
                .contains("aria-label=\"Group attendance this month, by kind of support\"");
        assertThat(text(view, "dashboard-kinds-numbers")).contains("Emotional support", "9", "Practical help");
    }

    @Test
    void theDashboardSpeaksSpanish() {
        someDays();
        DashboardView view = dashboard(ES);
        assertThat(text(view, "glance-signin")).contains("Hoy", "Esta semana", "Este mes");
        assertThat(allText(view)).contains("Registro de entrada", "Voluntariado", "Cada mes, durante el último año");
        assertThat(get(view, "dashboard-trend").getElement().getProperty("innerHTML"))
                .contains("aria-label=\"Visits (es), cada mes de enero de 2026 a diciembre de 2026\"");
    }

    @Test
    void withNothingCountedTheDashboardSaysSo() {
        DashboardView view = new DashboardView(new Figures(org.hearth.platform.impl.Boards.of(), f.clock),
                Texts.load(ViewsTest.class, DashboardModule.TEXTS, Locale.ENGLISH));
        assertThat(text(view, "dashboard-none")).isEqualTo("No feature counts anything yet.");
    }

    @Test
    void theReportStartsWithLastMonthSuppressesSmallCountsAndRecordsEachExport() {
        someDays();
        FunderReportView view = report(Locale.ENGLISH);
        assertThat(get(view, "report-from", DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(get(view, "report-to", DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(text(view, "report-notice")).startsWith("These figures come from confidential records");
        String table = text(view, "report-table");
        assertThat(table).contains("Visits", "1,206", "Different people", "November 2026", "<11", "Practical help");
        assertThat(has(view, "report-csv")).isTrue();
        assertThat(has(view, "report-pdf")).isTrue();
        assertThat(has(view, "report-print")).isTrue();
        Range november = new Range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(new String(view.export("csv", november), StandardCharsets.UTF_8)).contains("Visits,All kinds of support");
        view.export("pdf", november);
        assertThat(f.audit.about("range:2026-11-01..2026-11-30")).extracting(e -> e.action())
                .containsExactlyInAnyOrder("funder-report.csv", "funder-report.pdf");
        assertThat(f.audit.about("range:2026-11-01..2026-11-30")).extracting(e -> e.actorId())
                .containsOnly("coordinator-dana");
    }

    @Test
    void aBackwardsOrTooLongRangeIsRefusedKindly() {
        FunderReportView view = report(Locale.ENGLISH);
        set(view, "report-from", LocalDate.of(2026, 11, 30));
        set(view, "report-to", LocalDate.of(2026, 11, 1));
        click(view, "report-show");
        assertThat(text(view, "report-message")).isEqualTo("The first day comes after the last one. Please swap them.");
        assertThat(has(view, "report-table")).isFalse();
        set(view, "report-from", LocalDate.of(2020, 1, 1));
        click(view, "report-show");
        assertThat(text(view, "report-message")).isEqualTo("Please choose at most five years.");
        set(view, "report-to", LocalDate.of(2024, 12, 31));
        click(view, "report-show");
        assertThat(text(view, "report-message")).isEmpty();
        assertThat(has(view, "report-table")).isTrue();
    }

    @Test
    void theReportSpeaksSpanishDatePickersIncluded() {
        someDays();
        FunderReportView view = report(ES);
        DatePicker from = get(view, "report-from", DatePicker.class);
        assertThat(from.getLabel()).isEqualTo("Desde");
        assertThat(from.getI18n().getMonthNames()).startsWith("enero", "febrero");
        assertThat(from.getI18n().getToday()).isEqualTo("Hoy");
        assertThat(from.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(text(view, "report-notice")).startsWith("Estas cifras provienen de registros confidenciales");
        assertThat(text(view, "report-table")).contains("Medida", "noviembre de 2026", "Todos los tipos de apoyo");
        set(view, "report-to", LocalDate.of(2026, 10, 1));
        click(view, "report-show");
        assertThat(text(view, "report-message")).isEqualTo("El primer día es posterior al último. Inviértalos, por favor.");
    }

    @Test
    void moneyIsNeverSuppressedAndTheUnitDecidesHowItReads() {
        assertThat(ReportFigures.exported(new Measure("m", "Paid", Measure.Unit.MONEY), new java.math.BigDecimal("4.00")))
                .isPresent();
        assertThat(ReportFigures.exported(new Measure("m", "Hours", Measure.Unit.HOURS), java.math.BigDecimal.TEN))
                .isPresent();
        assertThat(ReportFigures.exported(new Measure("m", "Visits", Measure.Unit.TIMES), java.math.BigDecimal.TEN))
                .isEmpty();
        assertThat(ReportFigures.exported(new Measure("m", "Visits", Measure.Unit.TIMES), java.math.BigDecimal.ZERO))
                .isPresent();
    }
}
