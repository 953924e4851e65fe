package org.hearth.supervision.impl;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** What the supervisor types into the log form, before the log checks it. Mutable, for the form's binder. */
final class LogDraft {
    LocalDate metOn;
    Integer minutes = 60;
    LogEntry.Format format = LogEntry.Format.ONE_TO_ONE;
    Set<String> topics = new LinkedHashSet<>();
    String notes = "";
    String nextSteps = "";
}
