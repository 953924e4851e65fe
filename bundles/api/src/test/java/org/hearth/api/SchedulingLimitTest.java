package org.hearth.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Limits from several features combine to the narrowest, and carry no reason. */
class SchedulingLimitTest {

    @Test
    void theNarrowestLimitWins() {
        SchedulingLimit kitchenOrDesk = SchedulingLimit.only(Set.of("kitchen", "front-desk"));
        assertThat(SchedulingLimit.NONE.allows("outreach")).isTrue();
        assertThat(SchedulingLimit.NOT_NOW.allows("kitchen")).isFalse();
        assertThat(kitchenOrDesk.allows("kitchen")).isTrue();
        assertThat(kitchenOrDesk.allows("outreach")).isFalse();
        assertThat(kitchenOrDesk.and(SchedulingLimit.NONE)).isEqualTo(kitchenOrDesk);
        assertThat(SchedulingLimit.NONE.and(kitchenOrDesk)).isEqualTo(kitchenOrDesk);
        assertThat(kitchenOrDesk.and(SchedulingLimit.only(Set.of("kitchen", "outreach"))))
                .isEqualTo(SchedulingLimit.only(Set.of("kitchen")));
        assertThat(kitchenOrDesk.and(SchedulingLimit.only(Set.of("outreach")))).isEqualTo(SchedulingLimit.NOT_NOW);
        assertThat(kitchenOrDesk.and(SchedulingLimit.NOT_NOW)).isEqualTo(SchedulingLimit.NOT_NOW);
        assertThat(SchedulingLimit.class.getRecordComponents()).extracting(c -> c.getName())
                .as("no reason attached").containsExactly("scheduled", "onlyRoles");
    }

    @Test
    void aViewerWithSeveralRolesOpensTheUnionAndTheVisitorOnlyVisitorModules() {
        Viewer both = new Viewer(Set.of(Role.VOLUNTEER, Role.SUPERVISOR), java.util.Optional.of("p"),
                java.util.Optional.of("Pat"));
        assertThat(both.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(both.mayOpen(Set.of(Role.VOLUNTEER))).isTrue();
        assertThat(both.mayOpen(Set.of(Role.COORDINATOR))).isFalse();
        assertThat(Viewer.VISITOR.mayOpen(Set.of(Role.VISITOR))).isTrue();
        assertThat(Viewer.VISITOR.mayOpen(Set.of(Role.VOLUNTEER))).isFalse();
        assertThat(Viewer.staff(Role.COORDINATOR, "c", "Dana").mayOpen(Set.of(Role.VOLUNTEER))).isTrue();
        assertThat(new Account("p", "Pat", Role.VOLUNTEER).roles()).containsExactly(Role.VOLUNTEER);
    }
}
