package org.hearth.supervision.impl;

import java.util.List;

/**
 * The volunteer scheduler's shift role codes a return stage may name ("only these roles"). These are the shipped
 * roles of the volunteers feature; this bundle never reads that feature's tables.
 */
final class DutyRoles {

    static final List<String> CODES = List.of("front_desk", "kitchen", "group_facilitator", "outreach_calls",
            "event_help");

    private DutyRoles() {
    }
}
