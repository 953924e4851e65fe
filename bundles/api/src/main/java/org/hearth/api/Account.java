package org.hearth.api;

/**
 * A staff member's or volunteer's way in to the kiosk's staff side.
 *
 * @param personId    the person this account belongs to
 * @param displayName the person's chosen name
 * @param role        what the account may open
 */
public record Account(String personId, String displayName, Role role) {
}
