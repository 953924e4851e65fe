package org.hearth.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The person a module view is created for: the anonymous visitor at the kiosk, or a staff member or
 * volunteer who signed in on this screen.
 *
 * @param roles       what the viewer holds: {@code {VISITOR}} for the anonymous visitor, otherwise one or more
 *                    staff roles; what the viewer may open is the union (see {@link #mayOpen})
 * @param personId    the staff member's person id; empty for the anonymous visitor
 * @param displayName the staff member's chosen name; empty for the anonymous visitor
 */
public record Viewer(Set<Role> roles, Optional<String> personId, Optional<String> displayName) {

    /** The anonymous visitor at the kiosk. */
    public static final Viewer VISITOR = new Viewer(Role.VISITOR, Optional.empty(), Optional.empty());

    /** Makes the role set unmodifiable; an empty set means the visitor. */
    public Viewer {
        roles = roles == null || roles.isEmpty() ? Set.of(Role.VISITOR)
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** A viewer with one role (the API 1.0 shape). */
    public Viewer(Role role, Optional<String> personId, Optional<String> displayName) {
        this(EnumSet.of(role), personId, displayName);
    }

    /** A staff member or volunteer who signed in, with one role. */
    public static Viewer staff(Role role, String personId, String displayName) {
        return new Viewer(role, Optional.of(personId), Optional.of(displayName));
    }

    /** A staff member or volunteer who signed in, with every role their account holds. */
    public static Viewer staff(Account account) {
        return new Viewer(account.roles(), Optional.of(account.personId()), Optional.of(account.displayName()));
    }

    /** The viewer's most senior role, for a title; decide access with {@link #mayOpen} or {@link #holds}. */
    public Role role() {
        return Roles.primary(roles);
    }

    /** Whether the viewer holds {@code role}. */
    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** Whether this viewer is a signed-in staff member or volunteer. */
    public boolean isStaff() {
        return !roles.contains(Role.VISITOR);
    }

    /**
     * Whether this viewer may open something meant for {@code audience}: the visitor only what names
     * {@link Role#VISITOR}; staff what names any role they hold; a coordinator every staff module.
     */
    public boolean mayOpen(Set<Role> audience) {
        if (!isStaff()) {
            return audience.contains(Role.VISITOR);
        }
        boolean staffModule = audience.stream().anyMatch(r -> r != Role.VISITOR);
        return audience.stream().anyMatch(roles::contains) || (holds(Role.COORDINATOR) && staffModule);
    }
}
