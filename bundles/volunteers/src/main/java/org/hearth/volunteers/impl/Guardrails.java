package org.hearth.volunteers.impl;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an approval would do to a volunteer's year, shown before the coordinator approves: whether it crosses the
 * Volunteer Protection Act line (stipends approved in the calendar year, or a rate above 20 % of the prevailing
 * wage the center set) or the tax information-return line for the year (payments made in the year, counting the
 * approved unpaid balance and this approval as paid this year). It only warns: the coordinator decides.
 *
 * @param year    the calendar year of the approval (today's)
 * @param amount  what would be approved now, in cents
 * @param vpa     the Volunteer Protection Act line against stipends approved this year
 * @param tax     the information-return line against payments this year
 * @param topRate the highest hourly rate (cents) this year's accruals came to, when above 20 % of the prevailing
 *                wage
 */
record Guardrails(int year, long amount, Check vpa, Check tax, Optional<Long> topRate,
                  Optional<Long> rateCeiling) {

    /**
     * One line: the year's figure before and after the approval, and the line.
     *
     * @param atLine the line is reached at its figure ("$600 or more", the information return) rather than above
     *               it ("in excess of $500", the Act)
     */
    record Check(StipendRules.Line line, long before, long after, boolean atLine) {

        private boolean reached(long figure) {
            return atLine ? figure >= line.cents() : figure > line.cents();
        }

        /** This approval takes the year to or over the line. */
        boolean crosses() {
            return !reached(before) && reached(after);
        }

        /** The year had reached the line already. */
        boolean over() {
            return reached(before);
        }

        boolean warns() {
            return crosses() || over();
        }
    }

    /** Whether anything calls for the coordinator's attention. */
    boolean warns() {
        return vpa.warns() || tax.warns() || topRate.isPresent();
    }

    /** The guardrails for approving the person's accrued balance today. */
    static Guardrails before(StipendLedger ledger, String personId) {
        LocalDate today = ledger.today();
        LocalDate first = today.withDayOfYear(1);
        LocalDate last = first.plusYears(1).minusDays(1);
        StipendRules.Settings settings = ledger.rules().settings();
        StipendLedger.Balance balance = ledger.balance(personId);
        long amount = Math.max(balance.accrued(), 0);
        long approved = ledger.sum(personId, LedgerEntry.Kind.APPROVAL, first, last);
        long paid = ledger.sum(personId, LedgerEntry.Kind.PAYMENT, first, last);
        long toPay = paid + Math.max(balance.approvedUnpaid(), 0);
        Check vpa = new Check(new StipendRules.Line(settings.vpaCents(), today.getYear()), approved, approved + amount,
                false);
        Check tax = new Check(settings.taxLine(today.getYear()), toPay, toPay + amount, true);
        Optional<Long> ceiling = settings.wageCeilingCents();
        Optional<Long> top = ceiling.flatMap(c -> ledger.topRate(personId, first, last).filter(rate -> rate > c));
        return new Guardrails(today.getYear(), amount, vpa, tax, top, ceiling);
    }
}
