package org.hearth.volunteers.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A volunteer's own view of some days, worked out from the shifts already read (no query per shift). */
final class OpenShifts {

    /** Their shifts (not yet over), open shifts they may take, and swaps offered to them. */
    record MyDays(List<Staffing> mine, List<Staffing> open, List<Staffing> swaps) {
    }

    private OpenShifts() {
    }

    /**
     * @param all      the shifts from the day before {@code from} (for overlaps) to the last day shown
     * @param overseer whether a person may oversee an associate (asked only for roles that need it)
     */
    static MyDays daysFor(List<Staffing> all, Map<String, ShiftRole> roles, Candidate candidate,
                          Predicate<String> overseer, LocalDate from, LocalDateTime now) {
        String me = candidate.personId();
        List<Shift> own = all.stream().filter(s -> s.holds(me)).map(Staffing::shift).toList();
        List<Staffing> shown = all.stream().filter(s -> !s.shift().day().isBefore(from)).toList();
        List<Staffing> mine = shown.stream().filter(s -> s.holds(me) && !s.shift().isOver(now)).toList();
        List<Staffing> open = shown.stream().filter(s -> !s.holds(me) && may(s, false, roles, candidate, own, overseer, now))
                .toList();
        List<Staffing> swaps = shown.stream().filter(s -> !s.holds(me) && s.holders().stream().anyMatch(Holder::swapOffered)
                && may(s, true, roles, candidate, own, overseer, now)).toList();
        return new MyDays(mine, open, swaps);
    }

    private static boolean may(Staffing s, boolean freeing, Map<String, ShiftRole> roles, Candidate candidate,
                               List<Shift> own, Predicate<String> overseer, LocalDateTime now) {
        ShiftRole role = roles.get(s.shift().roleCode());
        if (role == null) {
            return false;
        }
        boolean overseen = role.needsOversight() && candidate.isAssociate()
                && s.holders().stream().anyMatch(h -> overseer.test(h.personId()));
        return Eligibility.check(s, role, candidate, own, overseen, freeing, now).isEmpty();
    }
}
