package org.hearth.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * A staff member's or volunteer's way in to the kiosk's staff side.
 *
 * @param personId    the person this account belongs to
 * @param displayName the person's chosen name
 * @param roles       every role the account holds (never {@link Role#VISITOR}, never empty); what the
 *                    holder may open is the union of what each role may open
 */
public record Account(String personId, String displayName, Set<Role> roles) {

    /** Makes the role set unmodifiable; an empty set or {@link Role#VISITOR} is refused. */
    public Account {
        roles = Roles.staffRoles(roles);
    }

    /** An account with one role (the API 1.0 shape). */
    public Account(String personId, String displayName, Role role) {
        this(personId, displayName, EnumSet.of(role));
    }

    /**
     * The account's most senior role (coordinator, then supervisor, peer staff, volunteer), for a title.
     * Decide what a viewer may open with {@link #roles()} instead.
     */
    public Role role() {
        return Roles.primary(roles);
    }

    /** Whether the account holds {@code role}. */
    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
