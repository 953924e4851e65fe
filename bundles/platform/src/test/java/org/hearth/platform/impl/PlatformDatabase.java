package org.hearth.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** A fresh in-memory Derby with the platform schema migrated, and the platform services over it. */
final class PlatformDatabase implements AutoCloseable {

    final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    final FlywaySchemaMigrator migrator;
    final PlatformSchema schema;

    PlatformDatabase() {
        System.setProperty("derby.stream.error.field", "java.lang.System.err");
        dataSource.setDatabaseName("memory:platform-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        migrator = new FlywaySchemaMigrator(dataSource);
        schema = new PlatformSchema(dataSource, migrator);
    }

    JdbcPeopleDirectory people(Clock clock) {
        return new JdbcPeopleDirectory(schema, clock);
    }

    @Override
    public void close() {
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(dataSource.getDatabaseName());
        drop.setConnectionAttributes("drop=true");
        try (Connection ignored = drop.getConnection()) {
            // a dropped database reports itself with an exception
        } catch (SQLException expected) {
            // 08006
        }
    }
}
