package org.hearth.coaching.impl;

import java.time.LocalDate;

/** The plan's own words as the plan form edits them. Mutable, for Binder; goals are kept by the form's rows. */
final class PlanDraft {

    int basedOn;
    String strengths = "";
    String matters = "";
    String supports = "";
    LocalDate nextReview;
    boolean review;
    boolean agreed;

    static PlanDraft of(java.util.Optional<Plan> current, LocalDate today) {
        PlanDraft d = new PlanDraft();
        d.nextReview = Cadence.nextReview(today);
        current.ifPresent(p -> {
            d.basedOn = p.version();
            d.strengths = p.strengths();
            d.matters = p.whatMatters();
            d.supports = p.supports();
        });
        return d;
    }
}
