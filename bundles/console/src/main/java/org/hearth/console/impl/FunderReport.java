package org.hearth.console.impl;

import java.time.Clock;
import java.time.LocalDate;
import org.hearth.api.AuditLog;

/** What the funder report screen works with: the figures, the audit log for every export, and today. */
record FunderReport(ReportFigures figures, AuditLog audit, Clock clock) {

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
