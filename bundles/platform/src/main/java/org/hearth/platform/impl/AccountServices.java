package org.hearth.platform.impl;

import org.hearth.api.Accounts;
import org.hearth.api.AuditLog;
import org.hearth.api.PeerStaff;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.SupervisionRelations;

/** What the accounts screen works with. */
record AccountServices(PeopleDirectory people, Accounts accounts, PeerStaff peers, SupervisionRelations supervision,
                       AuditLog audit) {
}
