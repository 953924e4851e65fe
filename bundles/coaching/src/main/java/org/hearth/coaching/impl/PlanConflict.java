package org.hearth.coaching.impl;

/** Someone else saved a newer version of the plan first: nothing was lost, and their version is shown. */
final class PlanConflict extends Refusal {

    private final transient Plan theirs;

    PlanConflict(Plan theirs) {
        super("plan.conflict", theirs.version());
        this.theirs = theirs;
    }

    Plan theirs() {
        return theirs;
    }
}
