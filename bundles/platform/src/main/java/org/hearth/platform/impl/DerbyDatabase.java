package org.hearth.platform.impl;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Hashtable;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boots the embedded Derby database in the data folder (framework property {@code hearth.data.dir}), or
 * in memory when no data folder is set, and offers it to every bundle as a {@link DataSource} service.
 * Connections come from a small HikariCP pool: opening an embedded Derby connection costs a few milliseconds
 * and takes a lock inside Derby that every kiosk signing in at once would queue on.
 */
@Component(immediate = true, service = {})
public class DerbyDatabase {

    /** Framework property naming the data folder; the database lives in its {@code db} sub-folder. */
    static final String DATA_DIR = "hearth.data.dir";
    private static final Logger LOG = LoggerFactory.getLogger(DerbyDatabase.class);

    private static final int POOL_SIZE = 8;

    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final HikariDataSource pool;
    private final ServiceRegistration<DataSource> registration;

    @Activate
    public DerbyDatabase(BundleContext context) throws SQLException {
        String dataDir = context.getProperty(DATA_DIR);
        String name = dataDir == null || dataDir.isBlank()
                ? "memory:hearth"
                : Path.of(dataDir, "db").toAbsolutePath().toString();
        if (System.getProperty("derby.stream.error.file") == null && dataDir != null) {
            System.setProperty("derby.stream.error.file", Path.of(dataDir, "derby.log").toString());
        }
        dataSource.setDatabaseName(name);
        dataSource.setCreateDatabase("create");
        try (Connection ignored = dataSource.getConnection()) {
            LOG.info("Database ready ({})", dataDir == null ? "in memory" : "in the data folder");
        }
        dataSource.setCreateDatabase(null);
        pool = pool(dataSource);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("hearth.database", "main");
        registration = context.registerService(DataSource.class, pool, props);
    }

    /** The pool as the kiosk has it (public for tests that must meet its limits). */
    public static HikariDataSource pool(DataSource derby) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hearth-db");
        config.setDataSource(derby);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(2);
        // an embedded connection either opens at once or not at all (a full disk, say): waiting longer only
        // keeps a visitor looking at a frozen screen before the kind message
        config.setConnectionTimeout(2_000);
        return new HikariDataSource(config);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
        pool.close();
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(dataSource.getDatabaseName());
        shutdown.setShutdownDatabase("shutdown");
        try (Connection ignored = shutdown.getConnection()) {
            LOG.warn("Database did not report its shutdown");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQLState 08006
            if (!"08006".equals(expected.getSQLState())) {
                LOG.warn("Database shutdown: {}", expected.getMessage());
            } else {
                LOG.info("Database closed");
            }
        }
    }
}
