package org.hearth.groups.impl;

import java.util.Optional;
import org.hearth.api.Accounts;
import org.hearth.api.AuditLog;
import org.hearth.api.PeopleDirectory;

/** What this bundle's screens use. */
record GroupsServices(GroupBook groups, SessionBook sessions, Attendance attendance, GroupReport report,
                      PeopleDirectory people,
                      Accounts accounts, AuditLog audit) {

    /** A person's chosen name and last initial, for staff screens. */
    Optional<String> name(String personId) {
        return people.find(personId).map(p -> p.chosenName() + p.lastInitial().map(i -> " " + i + ".").orElse(""));
    }
}
