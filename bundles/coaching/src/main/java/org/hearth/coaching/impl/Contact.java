package org.hearth.coaching.impl;

import java.time.LocalDate;

/** A contact between a coach and a member, with a short strengths-based note and the next step. */
record Contact(long id, String memberId, String coachId, LocalDate day, ContactKind how, int minutes, String note,
               String nextStep) {

    static final int MAX_NOTE = 500;
    static final int MAX_STEP = 300;
}
