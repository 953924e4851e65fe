package org.hearth.volunteers.impl;

import java.util.Locale;
import java.util.Optional;
import org.hearth.api.AuditLog;

/**
 * What the hours and stipends screens (and a volunteer's own statement) use.
 *
 * @param candidates for names: chosen name and last initial, nothing more
 */
record StipendServices(HoursBook hours, StipendLedger ledger, Candidates candidates, RoleList roles, AuditLog audit) {

    /** The person's chosen name and last initial, or {@code gone} for someone no longer on record. */
    String name(Optional<String> personId, String gone) {
        return personId.flatMap(candidates::name).orElse(gone);
    }

    /** The role's name in the language, or its code when the center removed it. */
    String roleName(String code, Locale locale) {
        ShiftRole role = roles.byCode().get(code);
        return role == null ? code : role.name(locale);
    }
}
