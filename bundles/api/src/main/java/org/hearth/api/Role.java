package org.hearth.api;

/**
 * Who is using the kiosk. A visitor is anyone at the welcome screen and is never identified by a login;
 * the other roles belong to staff and volunteers who signed in with a key tag or chosen name and a PIN.
 */
public enum Role {
    /** Anyone at the kiosk, signed in or not: the welcome screen audience. */
    VISITOR,
    /** A volunteer: shifts, hours and stipends. */
    VOLUNTEER,
    /** A peer recovery coach or associate. */
    PEER_STAFF,
    /** A supervisor of peer staff. */
    SUPERVISOR,
    /** The coordinator of the center, who may see every staff module. */
    COORDINATOR;

    /** The key of this role's name in the shell's translations, for example {@code role.peer_staff}. */
    public String textKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
