package org.hearth.platform.impl;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Derby database in the data folder (framework property {@code hearth.data.dir}), or in memory when no
 * data folder is set: booted, encrypted, restored and shut down here; {@link MainDatabase} offers it to every bundle.
 * Connections come from a small HikariCP pool: opening an embedded Derby connection costs a few milliseconds
 * and takes a lock inside Derby that every kiosk signing in at once would queue on.
 */
public final class DerbyDatabase {

    /** Framework property naming the data folder; the database lives in its {@code db} sub-folder. */
    static final String DATA_DIR = "hearth.data.dir";
    /** Framework property naming the database key file (outside the data folder); see {@link DatabaseKey}. */
    static final String KEY_FILE = "hearth.key.file";
    /** Framework property naming a backup to restore before anything opens the database (bin/hearth restore). */
    static final String RESTORE_FROM = "hearth.restore.from";
    private static final Logger LOG = LoggerFactory.getLogger(DerbyDatabase.class);

    private static final int POOL_SIZE = 8;

    private DerbyDatabase() {
    }

    /** The kiosk's Derby database, booted (restored first when {@code bin/hearth restore} asked for it). */
    static EmbeddedDataSource open(BundleContext context) throws SQLException {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        String dataDir = context.getProperty(DATA_DIR);
        String name = dataDir == null || dataDir.isBlank()
                ? "memory:hearth"
                : Path.of(dataDir, "db").toAbsolutePath().toString();
        if (System.getProperty("derby.stream.error.file") == null && dataDir != null) {
            System.setProperty("derby.stream.error.file", Path.of(dataDir, "derby.log").toString());
        }
        dataSource.setDatabaseName(name);
        Path dbDir = dataDir == null || dataDir.isBlank() ? null : Path.of(dataDir, "db");
        DatabaseKey key = key(dataDir, context.getProperty(KEY_FILE));
        String restoreFrom = context.getProperty(RESTORE_FROM);
        if (restoreFrom != null && !restoreFrom.isBlank() && key != null && firstTimeThisRun(dataDir, restoreFrom)) {
            restore(dataSource, Path.of(restoreFrom), key);
        }
        boot(dataSource, dbDir, key);
        return dataSource;
    }

    static DatabaseKey key(String dataDir, String keyFile) {
        if (dataDir == null || dataDir.isBlank()) {
            return null;
        }
        return new DatabaseKey(keyFile != null && !keyFile.isBlank() ? Path.of(keyFile)
                : Path.of(dataDir).toAbsolutePath().getParent().resolve("secrets").resolve("database.key"));
    }

    /**
     * Boots (creating, encrypting in place or re-keying as {@link DatabaseKey} says) the database; with no key,
     * in memory and unencrypted. Later connections of the pool find it booted and need no key.
     */
    static void boot(EmbeddedDataSource dataSource, Path dbDir, DatabaseKey key) throws SQLException {
        dataSource.setCreateDatabase("create");
        try {
            if (key != null) {
                boolean wasEncrypted = Files.isDirectory(dbDir) && DatabaseKey.encrypted(dbDir);
                dataSource.setConnectionAttributes(key.bootAttributes(dbDir));
                try (Connection ignored = dataSource.getConnection()) {
                    LOG.info(wasEncrypted ? "Database ready (encrypted, in the data folder)"
                            : "Database ready (encrypted with AES-256 now, in the data folder)");
                }
                key.rotated();
                // a later reboot of the database (after a full disk, say) needs the key again
                dataSource.setConnectionAttributes(key.openAttributes());
            } else {
                try (Connection ignored = dataSource.getConnection()) {
                    LOG.info("Database ready (in memory)");
                }
            }
        } catch (java.io.IOException e) {
            dataSource.setConnectionAttributes(null);
            throw new SQLException("The database key could not be read or made: " + e.getMessage(), e);
        } finally {
            dataSource.setCreateDatabase(null);
        }
    }

    /**
     * Replaces the database with a backup ({@link Backups}): the folder holding the backup's {@code db}. The
     * backup opens with the key the database had when it was taken.
     */
    static void restore(EmbeddedDataSource dataSource, Path backup, DatabaseKey key) throws SQLException {
        Path copy = backup.resolve("db");
        if (!Files.isRegularFile(copy.resolve("service.properties"))) {
            throw new SQLException("There is no database backup in " + backup);
        }
        try {
            dataSource.setConnectionAttributes("restoreFrom=" + copy + ";" + key.openAttributes());
            try (Connection ignored = dataSource.getConnection()) {
                LOG.warn("The database was restored from the backup {}", backup.getFileName());
            }
        } catch (java.io.IOException e) {
            throw new SQLException("The database key could not be read: " + e.getMessage(), e);
        } finally {
            dataSource.setConnectionAttributes(null);
        }
        shutdown(dataSource.getDatabaseName());
    }

    /**
     * Whether the backup asked for has not yet been restored in this run of the kiosk: a platform bundle started
     * again later (after an update, say) must not throw away what was saved since.
     */
    private static boolean firstTimeThisRun(String dataDir, String restoreFrom) {
        String run = restoreFrom + "@" + java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        Path marker = Path.of(dataDir, "restored");
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(run)) {
                return false;
            }
            Files.writeString(marker, run + "\n");
        } catch (java.io.IOException e) {
            LOG.warn("Could not note the restore in the data folder: {}", e.getMessage());
        }
        return true;
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

    static void shutdown(String databaseName) {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(databaseName);
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
