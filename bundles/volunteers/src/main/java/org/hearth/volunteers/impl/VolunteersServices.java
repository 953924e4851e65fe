package org.hearth.volunteers.impl;

import org.hearth.api.AuditLog;

/** What this bundle's scheduling screens use. */
record VolunteersServices(ShiftPlan plan, ShiftBook book, Timeclock timeclock, RoleList roles, Candidates candidates,
                          CalendarLinks links, AuditLog audit, StipendServices stipends) {
}
