package org.hearth.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.hearth.api.SchemaMigrator;
import org.hearth.platform.impl.FlywaySchemaMigrator;
import org.hearth.testkit.postgresql.TestPostgres;

/**
 * A real, empty database for plain unit tests, with the platform's own migrator, so a bundle's SQL migrations run
 * exactly as they do in the kiosk. Each instance is a separate database: in-memory Derby (the kiosk's embedded
 * default), or a fresh database on the test JVM's {@link TestPostgres} when the system property
 * {@value #ENGINE} is {@code postgresql} — the build runs the tests tagged {@code database} once on each.
 */
public final class TestDatabase implements AutoCloseable {

    /** The system property choosing the engine: {@code derby} (the default) or {@code postgresql}. */
    public static final String ENGINE = "hearth.test.database";

    private final DataSource dataSource;
    private final SchemaMigrator migrator;
    private final TestPostgres.PooledDatabase postgres;

    public TestDatabase() {
        if (postgresql()) {
            postgres = TestPostgres.shared().createPooledDatabase();
            dataSource = postgres.dataSource();
        } else {
            if (System.getProperty("derby.stream.error.file") == null) {
                System.setProperty("derby.stream.error.field", "java.lang.System.err");
            }
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName("memory:test-" + UUID.randomUUID());
            derby.setCreateDatabase("create");
            createNow(derby);
            dataSource = derby;
            postgres = null;
        }
        migrator = new FlywaySchemaMigrator(dataSource);
    }

    /**
     * Creates the in-memory database at once. Once in a CI run, with two test classes at a time, Derby answered the
     * first connection to a new one "not found" (XJ004) although asked to create it; a second try makes it.
     */
    private static void createNow(EmbeddedDataSource derby) {
        for (int attempt = 1; ; attempt++) {
            try (Connection ignored = derby.getConnection()) {
                return;
            } catch (SQLException e) {
                if (attempt == 3 || !"XJ004".equals(e.getSQLState())) {
                    throw new IllegalStateException("The test database could not be made: " + e.getMessage(), e);
                }
            }
        }
    }

    /** Whether this JVM's test databases are PostgreSQL ones. */
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty(ENGINE, "derby").toLowerCase(Locale.ROOT));
    }

    /**
     * An unquoted name as this engine keeps it (Derby upper-case, PostgreSQL lower-case), for a test that hands
     * Flyway a schema or table name itself: Flyway quotes what it is given.
     */
    public String stored(String name) {
        return postgres != null ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SchemaMigrator migrator() {
        return migrator;
    }

    /** Drops the database. */
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
            // Derby reports a dropped database with an exception
        } catch (SQLException expected) {
            // 08006: dropped
        }
    }
}
