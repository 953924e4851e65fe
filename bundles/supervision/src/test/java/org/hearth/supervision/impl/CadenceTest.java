package org.hearth.supervision.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class CadenceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private final SupervisionFixture f = new SupervisionFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theRuleCountsFromTheLastSessionAndIsDueAtOnceWithoutOne() {
        assertThat(Cadence.due(Optional.empty(), 7, 3, MONDAY).state()).isEqualTo(Cadence.State.DUE);
        assertThat(Cadence.due(Optional.of(MONDAY.minusDays(6)), 7, 3, MONDAY).state()).isEqualTo(Cadence.State.UPCOMING);
        assertThat(Cadence.due(Optional.of(MONDAY.minusDays(7)), 7, 3, MONDAY).state()).isEqualTo(Cadence.State.DUE);
        assertThat(Cadence.due(Optional.of(MONDAY.minusDays(10)), 7, 3, MONDAY).state()).isEqualTo(Cadence.State.DUE);
        assertThat(Cadence.due(Optional.of(MONDAY.minusDays(11)), 7, 3, MONDAY).state()).isEqualTo(Cadence.State.OVERDUE);
        assertThat(Cadence.due(Optional.of(MONDAY.minusDays(11)), 7, 3, MONDAY).dueOn()).isEqualTo(MONDAY.minusDays(4));
    }

    @Test
    void aCoachIsDueWeeklyAndAnAssociateAtTheCentersCadence() {
        f.log.write(f.sam, SupervisionFixture.id(f.pat), f.draft(f.today().minusDays(8)));
        f.log.write(f.sam, SupervisionFixture.id(f.ali), f.draft(f.today().minusDays(8)));
        Cadence.Due coach = f.cadence.of(f.sam, SupervisionFixture.id(f.pat));
        Cadence.Due associate = f.cadence.of(f.sam, SupervisionFixture.id(f.ali));
        assertThat(coach.everyDays()).isEqualTo(7);
        assertThat(coach.state()).isEqualTo(Cadence.State.DUE);
        assertThat(associate.everyDays()).isEqualTo(14);
        assertThat(associate.state()).isEqualTo(Cadence.State.UPCOMING);
        assertThat(associate.dueOn()).isEqualTo(f.today().plusDays(6));
    }

    @Test
    void theAssociatesCadenceAndTheOverdueMarginComeFromConfiguration() {
        SupervisionSettings.Rules rules = SupervisionSettings.read(Map.of("associate_cadence_days", "30",
                "overdue_after_days", "0", "plan_retention_months", "24", "plan_retention", "archive"));
        assertThat(rules).isEqualTo(new SupervisionSettings.Rules(7, 30, 0, 24, SupervisionSettings.Retention.ARCHIVE));
        assertThat(SupervisionSettings.read(Map.of("associate_cadence_days", "none", "plan_retention", "shred")))
                .isEqualTo(SupervisionSettings.Rules.DEFAULT);
        f.settings.modified(Map.of("associate_cadence_days", "5"));
        f.log.write(f.sam, SupervisionFixture.id(f.ali), f.draft(f.today().minusDays(9)));
        assertThat(f.cadence.of(f.sam, SupervisionFixture.id(f.ali)).state()).isEqualTo(Cadence.State.OVERDUE);
    }

    @Test
    void onlyTheSupervisorAndTheBackupSeeWhenAPeerIsDue() {
        String pat = SupervisionFixture.id(f.pat);
        assertThat(f.cadence.of(f.bea, pat).state()).isEqualTo(Cadence.State.DUE);
        for (var other : new org.hearth.api.Viewer[] {f.pat, f.ali, f.coordinator, org.hearth.api.Viewer.VISITOR}) {
            assertThatThrownBy(() -> f.cadence.of(other, pat)).isInstanceOf(Refusal.class)
                    .hasMessage("error.supervision.access");
        }
        assertThatThrownBy(() -> f.cadence.of(f.bea, SupervisionFixture.id(f.ali))).isInstanceOf(Refusal.class);
    }
}
