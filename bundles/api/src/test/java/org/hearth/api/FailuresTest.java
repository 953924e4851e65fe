package org.hearth.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void sqlStatesAreFoundHoweverDeeplyWrapped() {
        RuntimeException duplicate = new IllegalStateException(new RuntimeException(new SQLException("Jo Smith", "23505")));
        RuntimeException lockTimeOut = new IllegalStateException(new SQLException("x", "40XL1"));
        assertThat(Failures.isDuplicateKey(duplicate)).isTrue();
        assertThat(Failures.isLockConflict(duplicate)).isFalse();
        assertThat(Failures.isLockConflict(lockTimeOut)).isTrue();
        for (String postgres : new String[] {"40P01", "55P03"}) {
            assertThat(Failures.isLockConflict(new RuntimeException(new java.sql.SQLException("x", postgres)))).isTrue();
        }
        assertThat(Failures.isDuplicateKey(new IllegalStateException("no database here"))).isFalse();
        assertThat(Failures.describe(duplicate)).contains("SQLException[23505]").doesNotContain("Jo Smith");
    }
}
