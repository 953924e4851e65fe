package org.hearth.coaching.impl;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a member's recovery-wellness plan: strengths first, what matters to them, goals by life domain,
 * the supports they chose and the date of the next review. Each version is one the member agreed to.
 */
record Plan(String memberId, int version, String strengths, String whatMatters, String supports, List<Goal> goals,
            LocalDate nextReview, LocalDate agreedOn, boolean review, String writtenBy) {

    static final int MAX_TEXT = 2000;

    Plan {
        goals = List.copyOf(goals);
    }

    /** The same words, goals, steps and dates as another version (who wrote it and when aside). */
    boolean sameContent(Plan other) {
        return strengths.equals(other.strengths) && whatMatters.equals(other.whatMatters)
                && supports.equals(other.supports) && goals.equals(other.goals) && nextReview.equals(other.nextReview);
    }
}
