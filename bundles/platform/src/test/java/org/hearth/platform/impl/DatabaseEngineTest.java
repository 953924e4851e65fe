package org.hearth.platform.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The build's second run of the database tests really is on PostgreSQL (and the first on Derby). */
@Tag("database")
class DatabaseEngineTest {

    @Test
    void theTestsRunOnTheEngineTheBuildAskedFor() throws Exception {
        String expected = "postgresql".equals(System.getProperty("hearth.test.database")) ? "PostgreSQL" : "Apache Derby";
        try (PlatformDatabase db = new PlatformDatabase(); Connection c = db.dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
    }
}
