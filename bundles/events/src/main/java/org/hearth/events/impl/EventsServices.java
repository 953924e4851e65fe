package org.hearth.events.impl;

import org.hearth.api.Accounts;
import org.hearth.api.AuditLog;
import org.hearth.api.PeopleDirectory;

/** What this bundle's screens use. */
record EventsServices(EventStore store, Schedule schedule, RsvpBook rsvps, AttendanceBook attendance, Reports reports,
                      PeopleDirectory people, Accounts accounts, AuditLog audit) {
}
