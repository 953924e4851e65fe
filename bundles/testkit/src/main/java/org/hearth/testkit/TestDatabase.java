package org.hearth.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.hearth.api.SchemaMigrator;
import org.hearth.platform.impl.FlywaySchemaMigrator;

/**
 * A real, empty, in-memory Derby database for plain unit tests, with the platform's own migrator, so a
 * bundle's SQL migrations run exactly as they do in the kiosk. Each instance is a separate database.
 */
public final class TestDatabase implements AutoCloseable {

    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final SchemaMigrator migrator;

    public TestDatabase() {
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.field", "java.lang.System.err");
        }
        dataSource.setDatabaseName("memory:test-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        migrator = new FlywaySchemaMigrator(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SchemaMigrator migrator() {
        return migrator;
    }

    /** Drops the in-memory database. */
    @Override
    public void close() {
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(dataSource.getDatabaseName());
        drop.setConnectionAttributes("drop=true");
        try (Connection ignored = drop.getConnection()) {
            // Derby reports a dropped database with an exception
        } catch (SQLException expected) {
            // 08006: dropped
        }
    }
}
