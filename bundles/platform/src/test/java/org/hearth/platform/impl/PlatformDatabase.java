package org.hearth.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.hearth.testkit.postgresql.TestPostgres;

/**
 * A fresh database with the platform schema migrated, and the platform services over it: in-memory Derby, or a new
 * database on the test PostgreSQL when {@code hearth.test.database=postgresql} (the build's second run of the tests
 * tagged {@code database}).
 */
final class PlatformDatabase implements AutoCloseable {

    final DataSource dataSource;
    private final TestPostgres.PooledDatabase postgres;
    final FlywaySchemaMigrator migrator;
    final PlatformSchema schema;

    PlatformDatabase() {
        if ("postgresql".equals(System.getProperty("hearth.test.database"))) {
            postgres = TestPostgres.shared().createPooledDatabase();
            dataSource = postgres.dataSource();
        } else {
            System.setProperty("derby.stream.error.field", "java.lang.System.err");
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName("memory:platform-" + UUID.randomUUID());
            derby.setCreateDatabase("create");
            dataSource = derby;
            postgres = null;
        }
        migrator = new FlywaySchemaMigrator(dataSource);
        schema = new PlatformSchema(dataSource, migrator);
    }

    JdbcPeopleDirectory people(Clock clock) {
        return new JdbcPeopleDirectory(schema, clock);
    }

    @Override
    public void close() {
        if (postgres != null) {
            postgres.close();
            return;
        }
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(((EmbeddedDataSource) dataSource).getDatabaseName());
        drop.setConnectionAttributes("drop=true");
        try (Connection ignored = drop.getConnection()) {
            // a dropped database reports itself with an exception
        } catch (SQLException expected) {
            // 08006
        }
    }
}
