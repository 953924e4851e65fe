package org.hearth.api;

import java.time.Instant;

/**
 * One line of the audit log: who read or changed what, and when. Holds ids, never personal data.
 *
 * @param at      when it happened
 * @param actorId person id of the staff member who acted, or {@code kiosk} for the kiosk itself
 * @param action  what was done, for example {@code member.view}
 * @param subject the id of the record read or changed
 */
public record AuditEntry(Instant at, String actorId, String action, String subject) {
}
