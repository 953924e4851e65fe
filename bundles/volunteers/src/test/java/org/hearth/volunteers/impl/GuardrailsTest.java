package org.hearth.volunteers.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.hearth.api.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lines shown before an approval, for 2025 and 2026, at and around each line. */
@Tag("database")
class GuardrailsTest {

    private final StipendsFixture f = new StipendsFixture(Map.of("role.front_desk", "hourly 12.50",
            "prevailing_wage", "50.00"), 0);

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** Approved and paid {@code paidCents} this year, then {@code waitingCents} accrued. */
    private Person paidThenWaiting(String name, long paidCents, long waitingCents) {
        Person p = f.volunteer(name);
        if (paidCents > 0) {
            f.ledger.adjust(p.id(), paidCents, "Earlier stipends", "c");
            f.ledger.approve(p.id(), "c");
            f.ledger.pay(p.id(), paidCents, f.ledger.today(), LedgerEntry.Method.CHECK, "c");
        }
        f.ledger.adjust(p.id(), waitingCents, "This month", "c");
        return p;
    }

    @Test
    void in2026TheInformationReturnLineIs2000ReachedAtTheLine() {
        Guardrails under = Guardrails.before(f.ledger, paidThenWaiting("Ana", 190_000, 9_999).id());
        assertThat(under.year()).isEqualTo(2026);
        assertThat(under.tax().line()).isEqualTo(new StipendRules.Line(200_000, 2026));
        assertThat(under.tax().after()).isEqualTo(199_999);
        assertThat(under.tax().warns()).isFalse();
        Guardrails at = Guardrails.before(f.ledger, paidThenWaiting("Bo", 190_000, 10_000).id());
        assertThat(at.tax().crosses()).isTrue();
        assertThat(at.warns()).isTrue();
        Guardrails over = Guardrails.before(f.ledger, paidThenWaiting("Cy", 200_000, 100).id());
        assertThat(over.tax().crosses()).isFalse();
        assertThat(over.tax().over()).isTrue();
    }

    @Test
    void in2025TheInformationReturnLineIs600() {
        f.at(LocalDateTime.of(2025, 6, 2, 10, 0));
        Guardrails at = Guardrails.before(f.ledger, paidThenWaiting("Ana", 55_000, 5_000).id());
        assertThat(at.year()).isEqualTo(2025);
        assertThat(at.tax().line()).isEqualTo(new StipendRules.Line(60_000, 2025));
        assertThat(at.tax().crosses()).isTrue();
        Guardrails under = Guardrails.before(f.ledger, paidThenWaiting("Bo", 55_000, 4_999).id());
        assertThat(under.tax().warns()).isFalse();
        f.at(LocalDateTime.of(2026, 1, 5, 10, 0));       // the same money paid in 2026 is far from 2026's line
        Guardrails next = Guardrails.before(f.ledger, paidThenWaiting("Cy", 55_000, 5_000).id());
        assertThat(next.tax().warns()).isFalse();
        assertThat(next.tax().before()).isEqualTo(55_000);
    }

    @Test
    void theApprovedUnpaidBalanceCountsAsPaidThisYear() {
        Person ana = f.volunteer("Ana");
        f.ledger.adjust(ana.id(), 150_000, "Approved, not paid yet", "c");
        f.ledger.approve(ana.id(), "c");
        f.ledger.adjust(ana.id(), 50_000, "This month", "c");
        Guardrails g = Guardrails.before(f.ledger, ana.id());
        assertThat(g.tax().before()).isEqualTo(150_000);
        assertThat(g.tax().crosses()).isTrue();
    }

    @Test
    void theVolunteerProtectionActLineIsCrossedAbove500ApprovedInTheYear() {
        Person ana = paidThenWaiting("Ana", 45_000, 5_000);
        Guardrails at = Guardrails.before(f.ledger, ana.id());
        assertThat(at.vpa().after()).isEqualTo(50_000);
        assertThat(at.vpa().warns()).isFalse();            // "in excess of $500": 500.00 is not over
        f.ledger.adjust(ana.id(), 1, "One more cent", "c");
        Guardrails above = Guardrails.before(f.ledger, ana.id());
        assertThat(above.vpa().crosses()).isTrue();
        assertThat(above.amount()).isEqualTo(5_001);
        f.ledger.approve(ana.id(), "c");
        f.ledger.adjust(ana.id(), 100, "Later", "c");
        assertThat(Guardrails.before(f.ledger, ana.id()).vpa().over()).isTrue();
        f.at(LocalDateTime.of(2027, 1, 4, 10, 0));         // a new year starts from nothing
        Guardrails next = Guardrails.before(f.ledger, ana.id());
        assertThat(next.vpa().warns()).isFalse();
        assertThat(next.tax().line()).isEqualTo(new StipendRules.Line(200_000, 2026));
    }

    @Test
    void aRateAboveTwentyPercentOfThePrevailingWageWarns() {
        Person ana = f.volunteer("Ana");
        LocalDateTime monday = LocalDateTime.of(2026, 11, 23, 9, 0);
        f.hours.approve(f.worked(ana.id(), "front_desk", monday, monday.plusHours(2), false), "c");
        Guardrails g = Guardrails.before(f.ledger, ana.id());
        assertThat(g.rateCeiling()).contains(1000L);
        assertThat(g.topRate()).contains(1250L);
        assertThat(g.warns()).isTrue();
        f.rules.modified(Map.of("prevailing_wage", "70.00"));
        assertThat(Guardrails.before(f.ledger, ana.id()).topRate()).isEmpty();
        assertThat(Guardrails.before(f.ledger, ana.id()).warns()).isFalse();
    }
}
