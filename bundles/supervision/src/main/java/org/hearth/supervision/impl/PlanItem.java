package org.hearth.supervision.impl;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A part of a re-engagement plan: a step, a support the peer chose, a check-in date, or a stage of the gradual
 * return to duties from a date the peer agreed to.
 *
 * @param text   the step, the support as the peer names it, or a note on the stage (shorter shifts, paired with a
 *               coach); optional for a check-in
 * @param day    the check-in's date or the stage's first day
 * @param duties for a stage: what the scheduler is told from that day
 * @param roles  for a stage of {@link Duties#ONLY}: the shift roles
 * @param peerAgreed the peer wrote it, agreed to it, or agreed to open the plan with it in
 */
record PlanItem(long id, Kind kind, Optional<String> text, Optional<LocalDate> day, Optional<Duties> duties,
                Set<String> roles, boolean done, Author addedBy, boolean peerAgreed) {

    static final int MAX_TEXT = 300;

    enum Kind { STEP, SUPPORT, CHECK_IN, RETURN }

    /** What a stage of the return to duties tells the scheduler. */
    enum Duties { NOT_NOW, ONLY, ALL }

    /** Who wrote the item. */
    enum Author { PEER, SUPERVISOR }

    PlanItem {
        roles = Set.copyOf(roles);
    }

    /** A new item, before it is saved. */
    static PlanItem draft(Kind kind, Optional<String> text, Optional<LocalDate> day, Optional<Duties> duties,
                          Set<String> roles) {
        return new PlanItem(0, kind, text, day, duties, roles, false, Author.PEER, false);
    }
}
