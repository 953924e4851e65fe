package org.hearth.coaching.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hearth.testkit.PortableSql;
import org.junit.jupiter.api.Test;

/** The migrations are SQL that both engines accept. */
class MigrationsTest {

    @Test
    void everyMigrationIsSqlThatBothEnginesAccept() {
        assertThat(PortableSql.problems(Path.of("src/main/resources/db/migration"))).isEmpty();
    }
}
