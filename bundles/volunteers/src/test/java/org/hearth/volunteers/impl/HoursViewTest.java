package org.hearth.volunteers.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.testkit.Screen.all;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.get;
import static org.hearth.testkit.Screen.has;
import static org.hearth.testkit.Screen.set;
import static org.hearth.testkit.Screen.text;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Properties;
import org.hearth.api.AuditEntry;
import org.hearth.api.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The coordinator's hours and stipends screen, used by ids as a person would, without a browser. */
class HoursViewTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 9, 0);
    private final StipendsFixture f = new StipendsFixture();
    private final Person ana = f.volunteer("Ana");
    private final Person bo = f.volunteer("Bo");

    @AfterEach
    void tearDown() {
        f.close();
    }

    private HoursView view(Locale locale) {
        return new HoursView(f.services(), StipendsFixture.coordinator("coord-1", locale));
    }

    @Test
    void aFlaggedEntryIsCorrectedWithAReasonThenApproved() {
        long forgotten = f.worked(ana.id(), "front_desk", MONDAY, MONDAY.plusHours(8), true);
        long fine = f.worked(bo.id(), "kitchen", MONDAY, MONDAY.plusHours(1), false);
        HoursView view = view(Locale.ENGLISH);
        assertThat(text(view, "hours-flag-" + forgotten)).contains("Check-out forgotten");
        assertThat(has(view, "hours-flag-" + fine)).isFalse();

        click(view, "hours-correct-" + forgotten);
        set(view, "correct-out-time", LocalTime.of(12, 20));
        click(view, "correct-save");
        assertThat(text(view, "correct-message")).contains("Please give a reason");
        set(view, "correct-in-date", LocalDate.of(2026, 11, 25));
        set(view, "correct-out-date", LocalDate.of(2026, 11, 25));
        set(view, "correct-out-time", LocalTime.of(9, 30));
        set(view, "correct-reason", "Left at 12:20, told the front desk");
        click(view, "correct-save");
        assertThat(text(view, "correct-message")).contains("later than now");
        set(view, "correct-out-date", LocalDate.of(2026, 11, 26));
        click(view, "correct-save");
        assertThat(text(view, "correct-message")).contains("at most 24 hours");
        set(view, "correct-in-date", LocalDate.of(2026, 11, 23));
        set(view, "correct-out-date", LocalDate.of(2026, 11, 23));
        set(view, "correct-out-time", LocalTime.of(12, 20));
        click(view, "correct-save");
        assertThat(text(view, "hours-message")).contains("corrected");
        click(view, "hours-history-" + forgotten);
        assertThat(text(view, "correct-history")).contains("Left at 12:20, told the front desk");

        click(view, "hours-approve-" + forgotten);
        assertThat(text(view, "hours-message")).isEqualTo("Hours approved: Ana B. earns $41.67 in stipends.");
        click(view, "hours-approve-" + fine);
        assertThat(text(view, "hours-message")).contains("no stipend");
        assertThat(text(view, "hours-none")).contains("No hours");
        assertThat(f.audit.about("time_entry:" + forgotten)).extracting(AuditEntry::action, AuditEntry::actorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("volunteers.hours.approve", "coord-1"),
                        org.assertj.core.groups.Tuple.tuple("volunteers.hours.correct", "coord-1"));
    }

    @Test
    void stipendsAreApprovedPaidAndAdjustedWithinTheRules() {
        f.hours.approve(f.worked(ana.id(), "front_desk", MONDAY, MONDAY.plusMinutes(200), false), "c");
        HoursView view = view(Locale.ENGLISH);
        click(view, "hours-show-stipends");
        assertThat(text(view, "stipends-line-0")).contains("Ana B.", "Waiting for approval: $41.67");
        assertThat(text(view, "stipends-line-1")).contains("Bo B.", "$0.00");
        click(view, "stipends-open-0");
        assertThat(text(view, "person-name")).isEqualTo("Ana B.");
        assertThat(text(view, "guard-vpa")).contains("$41.67", "$500.00");
        assertThat(text(view, "guard-tax")).contains("$2,000.00");
        assertThat(has(view, "guard-decide")).isFalse();
        assertThat(get(view, "pay-save", Button.class).isEnabled()).isFalse();
        click(view, "person-approve");
        assertThat(text(view, "person-message")).isEqualTo("Approved for payment: $41.67.");
        assertThat(get(view, "person-approve", Button.class).isEnabled()).isFalse();

        set(view, "pay-amount", new BigDecimal("50.00"));
        set(view, "pay-method", LedgerEntry.Method.CASH);
        click(view, "pay-save");
        assertThat(text(view, "pay-message")).contains("more than what is approved", "41.67");
        set(view, "pay-amount", new BigDecimal("40.00"));
        click(view, "pay-save");
        assertThat(text(view, "person-message")).isEqualTo("Payment recorded: $40.00.");

        set(view, "adjust-amount", new BigDecimal("-1.67"));
        click(view, "adjust-save");
        assertThat(text(view, "adjust-message")).contains("reason");
        set(view, "adjust-reason", "Rounded down, as agreed");
        click(view, "adjust-save");
        assertThat(text(view, "person-message")).isEqualTo("Adjustment added: \u2212$1.67.");
        assertThat(f.ledger.balance(ana.id())).isEqualTo(new StipendLedger.Balance(ana.id(), -167, 167, 4000));
        assertThat(text(view, "person-entries")).contains("Rounded down, as agreed", "Cash");
        assertThat(f.audit.about(ana.id())).extracting(AuditEntry::action).containsExactly(
                "volunteers.stipends.adjust", "volunteers.stipends.pay", "volunteers.stipends.approve",
                "volunteers.stipends.view");
    }

    @Test
    void anApprovalOverALineWarnsAndTheCoordinatorDecides() {
        f.ledger.adjust(ana.id(), 195_000, "Stipends so far this year", "c");
        f.ledger.approve(ana.id(), "c");
        f.ledger.pay(ana.id(), 195_000, f.ledger.today(), LedgerEntry.Method.PAYROLL, "c");
        f.ledger.adjust(ana.id(), 5_000, "November", "c");
        HoursView view = view(Locale.forLanguageTag("es"));
        click(view, "hours-show-stipends");
        click(view, "stipends-open-0");
        assertThat(text(view, "guard-tax")).contains("1099-NEC", "$2,000.00");
        assertThat(text(view, "guard-vpa")).contains("ya superaban");
        assertThat(text(view, "guard-decide")).contains("usted decide");
        assertThat(text(view, "person-approve")).isEqualTo("Aprobar de todos modos");
        click(view, "person-approve");
        assertThat(f.ledger.balance(ana.id()).approvedUnpaid()).isEqualTo(5_000);
        assertThat(f.audit.about(ana.id())).extracting(AuditEntry::action).contains("volunteers.stipends.approve.warned");
    }

    @Test
    void theExportFollowsTheChosenPeriodAndIsAudited() {
        f.hours.approve(f.worked(ana.id(), "front_desk", MONDAY, MONDAY.plusMinutes(200), false), "c");
        HoursView view = view(Locale.ENGLISH);
        click(view, "hours-show-export");
        assertThat(has(view, "export-entries")).isTrue();
        ExportPanel panel = all(view).filter(ExportPanel.class::isInstance).map(ExportPanel.class::cast).findFirst()
                .orElseThrow();
        assertThat(panel.file("entries")).contains("Ana B.", "41.67");
        set(view, "export-from", LocalDate.of(2026, 11, 24));
        assertThat(panel.file("entries")).doesNotContain("Ana B.");
        set(view, "export-to", LocalDate.of(2026, 11, 1));
        assertThat(text(view, "export-message")).contains("before the first");
        assertThat(panel.file("totals")).startsWith("Volunteer,Hours");
        assertThat(f.audit.about("period:2026-11-01..2026-11-25")).hasSize(1);
        assertThat(f.audit.about("period:2026-11-24..2026-11-25")).hasSize(1);
        assertThat(f.audit.about("period:2026-11-24..2026-11-24")).hasSize(1);
    }

    @Test
    void theStatementDialogShowsThePrintablePageAndIsAudited() {
        f.hours.approve(f.worked(ana.id(), "front_desk", MONDAY, MONDAY.plusMinutes(200), false), "c");
        Dialog dialog = StatementDialog.create(f.services(), StipendsFixture.coordinator(ana.id(), Locale.ENGLISH),
                ana.id());
        String page = get(dialog, "statement-page").getElement().getAttribute("srcdoc");
        assertThat(page).contains("Hours and stipends, 2026", "Ana B.", "$41.67");
        assertThat(dialog.getFooter()).isNotNull();
        assertThat(f.audit.about(ana.id())).extracting(AuditEntry::action, AuditEntry::actorId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("volunteers.stipends.statement", ana.id()));
    }

    @Test
    void everyTextIsInEnglishAndSpanish() throws IOException {
        Properties en = load("/i18n/stipends.properties");
        Properties es = load("/i18n/stipends_es.properties");
        assertThat(es.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        String all = String.join(" ", en.values().stream().map(String::valueOf).toList()) + " "
                + String.join(" ", es.values().stream().map(String::valueOf).toList());
        assertThat(all.toLowerCase(Locale.ROOT)).doesNotContain("client", "patient", "cliente", "paciente");
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HoursViewTest.class.getResourceAsStream(path)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
