package org.hearth.volunteers.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.volunteers.impl.HoursBookTest.assertRefused;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.hearth.api.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The append-only ledger's arithmetic over real Derby, in exact cents. */
@Tag("database")
class StipendLedgerTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 9, 0);
    private final StipendsFixture f = new StipendsFixture();
    private final Person ana = f.volunteer("Ana");

    @AfterEach
    void tearDown() {
        f.close();
    }

    private long approvedHours(String role, int minutes) {
        long id = f.worked(ana.id(), role, MONDAY, MONDAY.plusMinutes(minutes), false);
        f.hours.approve(id, "coord");
        return id;
    }

    @Test
    void onlyApprovedHoursAccrueByTheirRolesRule() {
        long waiting = f.worked(ana.id(), "front_desk", MONDAY.minusDays(1), MONDAY.minusDays(1).plusHours(5), false);
        assertThat(f.ledger.balance(ana.id())).isEqualTo(new StipendLedger.Balance(ana.id(), 0, 0, 0));
        long id = approvedHours("front_desk", 200);                         // 3 h 20 min at 12.50
        assertThat(f.ledger.balance(ana.id()).accrued()).isEqualTo(4167);
        f.worked(ana.id(), "group_facilitator", MONDAY.plusHours(5), MONDAY.plusHours(6).plusMinutes(30), false);
        f.hours.approve(f.hours.waiting().get(1).entry().id(), "coord");
        assertThat(f.ledger.balance(ana.id()).accrued()).isEqualTo(4167 + 2500);
        f.worked(ana.id(), "kitchen", MONDAY.plusHours(7), MONDAY.plusHours(8), false);   // no rule for kitchen
        f.hours.approve(f.hours.waiting().get(1).entry().id(), "coord");
        assertThat(f.ledger.balance(ana.id()).accrued()).isEqualTo(6667);
        LedgerEntry accrual = f.ledger.entries(ana.id(), MONDAY.toLocalDate(), MONDAY.toLocalDate()).get(0);
        assertThat(accrual.kind()).isEqualTo(LedgerEntry.Kind.ACCRUAL);
        assertThat(accrual.timeEntryId()).contains(id);
        assertThat(accrual.roleCode()).contains("front_desk");
        assertThat(accrual.minutes()).contains(200);
        assertThat(f.hours.waiting()).extracting(w -> w.entry().id()).containsExactly(waiting);
    }

    @Test
    void adjustmentsApprovalAndPaymentsAddUp() {
        approvedHours("front_desk", 200);
        f.ledger.adjust(ana.id(), 833, "Bus fare for the outreach day", "coord");
        f.ledger.adjust(ana.id(), -500, "Counted twice last week", "coord");
        assertThat(f.ledger.balance(ana.id()).accrued()).isEqualTo(4500);
        assertThat(f.ledger.approve(ana.id(), "coord")).isEqualTo(4500);
        assertThat(f.ledger.balance(ana.id())).isEqualTo(new StipendLedger.Balance(ana.id(), 0, 4500, 0));
        assertRefused(() -> f.ledger.approve(ana.id(), "coord"), "error.stipend.nothing");
        assertRefused(() -> f.ledger.pay(ana.id(), 4501, f.ledger.today(), LedgerEntry.Method.CASH, "c"),
                "error.stipend.over");
        f.ledger.pay(ana.id(), 4000, f.ledger.today(), LedgerEntry.Method.GIFT_CARD, "coord");
        f.ledger.pay(ana.id(), 500, f.ledger.today().minusDays(1), LedgerEntry.Method.CHECK, "coord");
        assertThat(f.ledger.balance(ana.id())).isEqualTo(new StipendLedger.Balance(ana.id(), 0, 0, 4500));
        assertRefused(() -> f.ledger.pay(ana.id(), 1, f.ledger.today(), LedgerEntry.Method.CASH, "c"),
                "error.stipend.over");
        assertThat(f.ledger.entries(ana.id(), LocalDate.of(2026, 1, 1), f.ledger.today()))
                .extracting(LedgerEntry::kind).containsExactly(LedgerEntry.Kind.ACCRUAL, LedgerEntry.Kind.PAYMENT,
                        LedgerEntry.Kind.ADJUSTMENT, LedgerEntry.Kind.ADJUSTMENT, LedgerEntry.Kind.APPROVAL,
                        LedgerEntry.Kind.PAYMENT);
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.stipend_entry")).isEqualTo(6);
    }

    @Test
    void badAmountsReasonsAndDaysAreRefusedAndNothingIsWritten() {
        assertRefused(() -> f.ledger.adjust(ana.id(), 0, "why", "c"), "error.stipend.amount");
        assertRefused(() -> f.ledger.adjust(ana.id(), 1_000_001, "why", "c"), "error.stipend.amount");
        assertRefused(() -> f.ledger.adjust(ana.id(), 500, "  ", "c"), "error.stipend.reason");
        assertRefused(() -> f.ledger.adjust(ana.id(), 500, null, "c"), "error.stipend.reason");
        assertRefused(() -> f.ledger.pay(ana.id(), -1, f.ledger.today(), LedgerEntry.Method.CASH, "c"),
                "error.stipend.amount");
        assertRefused(() -> f.ledger.pay(ana.id(), 100, f.ledger.today().plusDays(1), LedgerEntry.Method.CASH, "c"),
                "error.stipend.day");
        assertRefused(() -> f.ledger.pay(ana.id(), 100, f.ledger.today(), LedgerEntry.Method.CASH, "c"),
                "error.stipend.over");
        assertRefused(() -> f.ledger.approve(ana.id(), "c"), "error.stipend.nothing");
        f.ledger.adjust(ana.id(), -700, "Overpaid in October", "c");
        assertRefused(() -> f.ledger.approve(ana.id(), "c"), "error.stipend.nothing");    // less than nothing
        assertThat(f.ledger.balance(ana.id()).accrued()).isEqualTo(-700);
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.stipend_entry")).isEqualTo(1);
    }

    @Test
    void paidThisYearCountsPaymentsByTheirDateAndBalancesListEveryone() {
        Person bo = f.volunteer("Bo");
        f.ledger.adjust(ana.id(), 10_000, "Stipend for the summer event", "c");
        f.ledger.approve(ana.id(), "c");
        f.ledger.pay(ana.id(), 3000, LocalDate.of(2025, 12, 31), LedgerEntry.Method.PAYROLL, "c");
        f.ledger.pay(ana.id(), 2000, LocalDate.of(2026, 1, 1), LedgerEntry.Method.CASH, "c");
        f.ledger.adjust(bo.id(), 100, "Snacks", "c");
        assertThat(f.ledger.balances()).containsExactlyInAnyOrder(
                new StipendLedger.Balance(ana.id(), 0, 5000, 2000), new StipendLedger.Balance(bo.id(), 100, 0, 0));
    }

    @Test
    void theLedgerKeepsAPersonsMoneyWithoutTheirNameOnceDeleted() {
        approvedHours("front_desk", 60);
        new PersonRows(f.volunteers).forget(ana.id());
        assertThat(f.ledger.balances()).isEmpty();
        assertThat(f.ledger.entries(MONDAY.toLocalDate(), MONDAY.toLocalDate())).singleElement()
                .satisfies(e -> assertThat(e.personId()).isEmpty()).satisfies(e -> assertThat(e.cents()).isEqualTo(1250));
        assertThat(f.services().name(java.util.Optional.empty(), "gone")).isEqualTo("gone");
    }

    @Test
    void changedRulesApplyToLaterApprovalsOnly() {
        approvedHours("front_desk", 60);
        f.rules.modified(Map.of("role.front_desk", "hourly 15.00"));
        long id = f.worked(ana.id(), "front_desk", MONDAY.plusHours(2), MONDAY.plusHours(3), false);
        f.hours.approve(id, "c");
        assertThat(f.ledger.balance(ana.id()).accrued()).isEqualTo(1250 + 1500);
    }

    @Test
    void twoCoordinatorsPayingAtOnceNeverPayMoreThanApproved() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                f.ledger.adjust(ana.id(), 1000, "Round " + round, "c");
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.List<java.util.concurrent.Future<Boolean>> tries = new java.util.ArrayList<>();
                for (int k = 0; k < 2; k++) {
                    tries.add(pool.submit(() -> {
                        start.await();
                        try {
                            f.ledger.approve(ana.id(), "c");
                        } catch (Refusal nothingLeft) {
                            // the other approved it
                        }
                        try {
                            f.ledger.pay(ana.id(), 1000, f.ledger.today(), LedgerEntry.Method.CASH, "c");
                            return true;
                        } catch (Refusal over) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int paid = 0;
                for (java.util.concurrent.Future<Boolean> t : tries) {
                    paid += t.get() ? 1 : 0;
                }
                assertThat(paid).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(f.ledger.balance(ana.id())).isEqualTo(new StipendLedger.Balance(ana.id(), 0, 0, 20_000));
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.stipend_entry WHERE entry_kind = 'APPROVAL'")).isEqualTo(20);
    }
}
