package org.hearth.volunteers.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One row of the append-only stipend ledger.
 *
 * @param personId    empty once the person's record was deleted at their wish (the money stays counted)
 * @param cents       an accrual, approval or payment is positive; an adjustment may be either
 * @param day         the day it counts for: the worked day of an accrual, the payment's date, else the day recorded
 * @param timeEntryId the approved hours an accrual came from
 * @param recordedBy  who recorded it; empty for someone since deleted
 * @param roleCode    an accrual's shift role
 * @param minutes     an accrual's approved minutes
 */
record LedgerEntry(long id, Optional<String> personId, Kind kind, long cents, LocalDate day, Optional<Long> timeEntryId,
                   Optional<Method> method, Optional<String> reason, Optional<String> recordedBy,
                   LocalDateTime recordedAt, Optional<String> roleCode, Optional<Integer> minutes) {

    /** What a ledger row records. */
    enum Kind { ACCRUAL, ADJUSTMENT, APPROVAL, PAYMENT;

        String textKey() {
            return "kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How a payment was made. */
    enum Method { CASH, CHECK, GIFT_CARD, PAYROLL;

        String textKey() {
            return "method." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
