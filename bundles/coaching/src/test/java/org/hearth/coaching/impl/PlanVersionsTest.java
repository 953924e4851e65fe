package org.hearth.coaching.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class PlanVersionsTest {

    private final CoachingFixture f = new CoachingFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void eachSaveIsANewVersionAndHistoryIsKept() {
        String ana = f.member("Ana");
        assertThat(f.plans.save(f.plan(ana, "c", "I keep going"), 0, f.today())).isEqualTo(1);
        assertThat(f.plans.save(f.plan(ana, "c", "I keep going, and I cook"), 1, f.today())).isEqualTo(2);
        assertThat(f.plans.current(ana).orElseThrow().strengths()).isEqualTo("I keep going, and I cook");
        assertThat(f.plans.history(ana)).extracting(Plan::version).containsExactly(2, 1);
        assertThat(f.plans.current(ana).orElseThrow().goals()).singleElement()
                .extracting(Goal::domain).isEqualTo(LifeDomain.HOUSING);
    }

    @Test
    void theSecondCoachSavingFromAnOldVersionIsToldAndShownTheChange() {
        String ana = f.member("Ana");
        f.plans.save(f.plan(ana, "c1", "first"), 0, f.today());
        f.plans.save(f.plan(ana, "c1", "written by the first coach"), 1, f.today());
        assertThatThrownBy(() -> f.plans.save(f.plan(ana, "c2", "written by the second coach"), 1, f.today()))
                .isInstanceOfSatisfying(PlanConflict.class, c -> {
                    assertThat(c.theirs().strengths()).isEqualTo("written by the first coach");
                    assertThat(c.key()).isEqualTo("plan.conflict");
                });
        assertThat(f.plans.history(ana)).hasSize(2);
    }

    @Test
    void twoFirstPlansAtOnceNeverOverwriteEachOther() {
        String ana = f.member("Ana");
        f.plans.save(f.plan(ana, "c1", "one"), 0, f.today());
        assertThatThrownBy(() -> f.plans.save(f.plan(ana, "c2", "two"), 0, f.today()))
                .isInstanceOf(PlanConflict.class);
        assertThat(f.plans.current(ana).orElseThrow().strengths()).isEqualTo("one");
    }

    @Test
    void aReviewWithNoChangeIsKeptOnlyWhenMarkedAsAReview() {
        String ana = f.member("Ana");
        Plan plan = f.plan(ana, "c", "same");
        f.plans.save(plan, 0, f.today());
        assertThatThrownBy(() -> f.plans.save(plan, 1, f.today())).isInstanceOf(Refusal.class)
                .hasMessage("plan.unchanged");
        Plan review = new Plan(ana, 0, plan.strengths(), plan.whatMatters(), plan.supports(), plan.goals(),
                plan.nextReview(), f.today(), true, "c");
        assertThat(f.plans.save(review, 1, f.today())).isEqualTo(2);
        assertThat(f.plans.current(ana).orElseThrow().review()).isTrue();
    }

    @Test
    void anAbsurdStepDateOrReviewDateIsRefused() {
        String ana = f.member("Ana");
        Plan far = new Plan(ana, 0, "s", "w", "u", List.of(new Goal(LifeDomain.WORK_EDUCATION, "A job", "CV",
                Optional.of(f.today().plusYears(40)), Optional.empty())), Cadence.nextReview(f.today()), f.today(),
                false, "c");
        assertThatThrownBy(() -> f.plans.save(far, 0, f.today())).hasMessage("error.goal.date");
        Plan past = new Plan(ana, 0, "s", "w", "u", List.of(), f.today().minusDays(1), f.today(), false, "c");
        assertThatThrownBy(() -> f.plans.save(past, 0, f.today())).hasMessage("error.review.date");
        assertThat(f.plans.current(ana)).isEmpty();
    }
}
