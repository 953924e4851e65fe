package org.hearth.coaching.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CadenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static Pairing pairing(LocalDate started, int every) {
        return new Pairing(1, "m", "c", started, Optional.empty(), every, false);
    }

    private static Plan plan(LocalDate nextReview) {
        return new Plan("m", 1, "s", "w", "u", List.of(), nextReview, TODAY.minusMonths(2), false, "c");
    }

    @Test
    void contactIsDueAMonthAfterTheLastOneAndOverdueAfterThat() {
        Pairing p = pairing(TODAY.minusMonths(6), Pairing.MONTHLY);
        assertThat(Cadence.of(p, Optional.of(TODAY.minusDays(10)), Optional.of(plan(TODAY.plusMonths(2))), TODAY))
                .isEmpty();
        assertThat(Cadence.of(p, Optional.of(TODAY.minusDays(25)), Optional.of(plan(TODAY.plusMonths(2))), TODAY))
                .containsExactly(new Cadence.Due("m", "c", Cadence.Kind.CONTACT, TODAY.plusDays(5), false));
        assertThat(Cadence.of(p, Optional.of(TODAY.minusDays(31)), Optional.of(plan(TODAY.plusMonths(2))), TODAY))
                .containsExactly(new Cadence.Due("m", "c", Cadence.Kind.CONTACT, TODAY.minusDays(1), true));
    }

    @Test
    void theAgreedCadenceReplacesTheMonthAndCountsFromPairingWhenNoContactYet() {
        Pairing weekly = pairing(TODAY.minusDays(8), 7);
        assertThat(Cadence.of(weekly, Optional.empty(), Optional.of(plan(TODAY.plusMonths(3))), TODAY))
                .extracting(Cadence.Due::kind, Cadence.Due::overdue).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Cadence.Kind.CONTACT, true));
    }

    @Test
    void theReviewIsDueOnThePlansDateAndAFirstPlanWithinAMonth() {
        Pairing p = pairing(TODAY.minusDays(40), Pairing.MONTHLY);
        assertThat(Cadence.of(p, Optional.of(TODAY), Optional.empty(), TODAY)).containsExactly(
                new Cadence.Due("m", "c", Cadence.Kind.FIRST_PLAN, TODAY.minusDays(10), true));
        assertThat(Cadence.of(p, Optional.of(TODAY), Optional.of(plan(TODAY.plusDays(3))), TODAY)).containsExactly(
                new Cadence.Due("m", "c", Cadence.Kind.REVIEW, TODAY.plusDays(3), false));
        assertThat(Cadence.nextReview(TODAY)).isEqualTo(LocalDate.of(2027, 3, 2));
    }

    @Test
    void anEndedPairingIsNeverDue() {
        Pairing ended = new Pairing(1, "m", "c", TODAY.minusYears(1), Optional.of(TODAY.minusMonths(3)), 30, false);
        assertThat(Cadence.of(ended, Optional.empty(), Optional.empty(), TODAY)).isEmpty();
    }
}
