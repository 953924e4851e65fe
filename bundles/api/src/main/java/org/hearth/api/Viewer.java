package org.hearth.api;

import java.util.Optional;

/**
 * The person a module view is created for: the anonymous visitor at the kiosk, or a staff member or
 * volunteer who signed in on this screen.
 *
 * @param role        what the viewer may see
 * @param personId    the staff member's person id; empty for the anonymous visitor
 * @param displayName the staff member's chosen name; empty for the anonymous visitor
 */
public record Viewer(Role role, Optional<String> personId, Optional<String> displayName) {

    /** The anonymous visitor at the kiosk. */
    public static final Viewer VISITOR = new Viewer(Role.VISITOR, Optional.empty(), Optional.empty());

    /** A staff member or volunteer who signed in. */
    public static Viewer staff(Role role, String personId, String displayName) {
        return new Viewer(role, Optional.of(personId), Optional.of(displayName));
    }

    /** Whether this viewer is a signed-in staff member or volunteer. */
    public boolean isStaff() {
        return role != Role.VISITOR;
    }
}
