package org.hearth.volunteers.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

/**
 * Whether a person may take a place on a shift. Checked when the kiosk lists open shifts and again, under the
 * shift's lock, when the place is taken. The reasons are kind and say what would make it possible; "not
 * scheduled for now" carries no reason at all.
 */
final class Eligibility {

    private Eligibility() {
    }

    /**
     * Empty when {@code candidate} may take a place on {@code staffing}'s shift now.
     *
     * @param role           the shift's role
     * @param ownShifts      the other shifts the candidate holds (for overlaps)
     * @param overseenOnShift whether someone on the shift already may oversee an associate
     * @param freeing        whether a place is being handed over (a swap), so a full shift is no refusal
     */
    static Optional<Refusal> check(Staffing staffing, ShiftRole role, Candidate candidate, Collection<Shift> ownShifts,
                                   boolean overseenOnShift, boolean freeing, LocalDateTime now) {
        Shift shift = staffing.shift();
        if (shift.cancelled()) {
            return refuse("error.shift.cancelled");
        }
        if (shift.hasStarted(now)) {
            return refuse("error.shift.started");
        }
        if (!candidate.limit().allows(shift.roleCode())) {
            return refuse("error.shift.not.now");
        }
        if (role.needsCoach() && !candidate.isCoach()) {
            return refuse("error.shift.coach");
        }
        long days = ChronoUnit.DAYS.between(candidate.since(), shift.day());
        if (days < role.minDays()) {
            return refuse("error.shift.days", role.minDays(), candidate.since().plusDays(role.minDays()));
        }
        if (ownShifts.stream().anyMatch(s -> s.id() != shift.id() && !s.cancelled() && s.overlaps(shift))) {
            return refuse("error.shift.overlap");
        }
        if (role.needsOversight() && candidate.isAssociate() && !overseenOnShift) {
            return refuse("error.shift.oversight");
        }
        if (!freeing && staffing.isFull()) {
            return refuse("error.shift.full");
        }
        return Optional.empty();
    }

    /** The first day a person may take shifts of {@code role}. */
    static LocalDate firstDay(ShiftRole role, LocalDate since) {
        return since.plusDays(role.minDays());
    }

    private static Optional<Refusal> refuse(String key, Object... args) {
        return Optional.of(new Refusal(key, args));
    }
}
