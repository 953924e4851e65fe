package org.hearth.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void countsFromOneToTenLeaveTheKioskAsLessThanEleven() {
        assertThat(Suppression.exported(0)).isEqualTo("0");
        assertThat(Suppression.exported(1)).isEqualTo("<11");
        assertThat(Suppression.exported(10)).isEqualTo("<11");
        assertThat(Suppression.exported(11)).isEqualTo("11");
        assertThat(Suppression.suppressed(5)).isTrue();
        assertThat(Suppression.suppressed(0)).isFalse();
    }
}
