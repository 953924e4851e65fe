package org.hearth.coaching.impl;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A member's choice to work with a coach, and its end (also the member's choice).
 *
 * @param contactEveryDays how often the coach and the member agreed to be in touch (30 by default)
 * @param wantsCalls       the member asked for recovery check-up calls
 */
record Pairing(long id, String memberId, String coachId, LocalDate startedOn, Optional<LocalDate> endedOn,
               int contactEveryDays, boolean wantsCalls) {

    static final int MONTHLY = 30;

    boolean current() {
        return endedOn.isEmpty();
    }
}
