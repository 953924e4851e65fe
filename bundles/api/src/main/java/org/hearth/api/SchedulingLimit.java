package org.hearth.api;

import java.util.Set;

/**
 * What a person may be scheduled for now, without a reason.
 *
 * @param scheduled  false: not scheduled for now (no new shifts; the scheduler also frees their coming ones)
 * @param onlyRoles  when scheduled and not empty: only shifts of these shift roles (the scheduler's own role
 *                   codes); empty means any role
 */
public record SchedulingLimit(boolean scheduled, Set<String> onlyRoles) {

    /** No limit. */
    public static final SchedulingLimit NONE = new SchedulingLimit(true, Set.of());
    /** Not scheduled for now. */
    public static final SchedulingLimit NOT_NOW = new SchedulingLimit(false, Set.of());

    /** Copies the set. */
    public SchedulingLimit {
        onlyRoles = Set.copyOf(onlyRoles);
    }

    /** Only shifts of these roles. */
    public static SchedulingLimit only(Set<String> roles) {
        return roles.isEmpty() ? NOT_NOW : new SchedulingLimit(true, roles);
    }

    /** Whether a shift of {@code shiftRole} may be given to the person. */
    public boolean allows(String shiftRole) {
        return scheduled && (onlyRoles.isEmpty() || onlyRoles.contains(shiftRole));
    }

    /** The narrower of this limit and {@code other}: both must allow a shift. */
    public SchedulingLimit and(SchedulingLimit other) {
        if (!scheduled || !other.scheduled) {
            return NOT_NOW;
        }
        if (onlyRoles.isEmpty()) {
            return other;
        }
        if (other.onlyRoles.isEmpty()) {
            return this;
        }
        Set<String> both = new java.util.HashSet<>(onlyRoles);
        both.retainAll(other.onlyRoles);
        return only(both);
    }
}
