package org.hearth.platform.impl;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server as the kiosk's main database, chosen by the framework property {@value #URL}
 * ({@code jdbc:postgresql://host:5432/hearth}). The user is {@value #USER}; the password comes from the environment
 * variable {@value #PASSWORD_ENV} or the file {@value #PASSWORD_FILE} names, never from the settings file, and is never
 * logged. Several kiosks of a center, or several centers, may share one server.
 */
final class PostgresDatabase {

    static final String URL = "hearth.database.url";
    static final String USER = "hearth.database.user";
    static final String PASSWORD_FILE = "hearth.database.password.file";
    static final String PASSWORD_ENV = "HEARTH_DATABASE_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);
    private static final int POOL_SIZE = 10;

    private PostgresDatabase() {
    }

    static HikariDataSource pool(String url, String user, String passwordFile) throws SQLException {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new SQLException("hearth.database.url must be a PostgreSQL address (jdbc:postgresql://host:5432/name),"
                    + " or empty for the embedded database");
        }
        if (url.contains("password=")) {
            throw new SQLException("hearth.database.url must not carry the password: put it in the file "
                    + "hearth.database.password.file names, or in " + PASSWORD_ENV);
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(url);
        if (user != null && !user.isBlank()) {
            postgres.setUser(user.strip());
        }
        String password = password(passwordFile);
        if (password != null) {
            postgres.setPassword(password);
        }
        postgres.setApplicationName("hearth");
        HikariConfig config = new HikariConfig();
        config.setPoolName("hearth-db");
        config.setDataSource(postgres);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(2);
        config.setConnectionTimeout(5_000);
        // at boot the server (or the network to it) may come up after the kiosk: keep trying for a while
        config.setInitializationFailTimeout(60_000);
        try {
            HikariDataSource pool = new HikariDataSource(config);
            LOG.info("Database ready (PostgreSQL at {})", where(url));
            return pool;
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new SQLException("The PostgreSQL database at " + where(url) + " could not be reached: "
                    + cause.getMessage(), cause);
        }
    }

    /** Host, port and database of a URL, without any parameter. */
    static String where(String url) {
        String plain = url.substring("jdbc:postgresql://".length());
        int query = plain.indexOf('?');
        return query < 0 ? plain : plain.substring(0, query);
    }

    private static String password(String passwordFile) throws SQLException {
        String fromEnv = System.getenv(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        if (passwordFile == null || passwordFile.isBlank() || !Files.isRegularFile(Path.of(passwordFile))) {
            return null;
        }
        try {
            return Files.readString(Path.of(passwordFile)).strip();
        } catch (IOException e) {
            throw new SQLException("The database password file could not be read: " + e.getMessage(), e);
        }
    }
}
