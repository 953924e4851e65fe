package org.hearth.testkit.postgresql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway PostgreSQL server for tests, started once per test JVM from the machine's PostgreSQL binaries
 * (Debian's {@code postgresql} package, or the folder {@code HEARTH_PG_BIN} names) in a temporary folder on a free
 * loopback port, and stopped when the JVM ends. PostgreSQL refuses to run as root, so under root it runs as the
 * {@code postgres} user the package creates. With no PostgreSQL installed it fails loudly, never skips: the
 * database tests are meant to prove both engines.
 */
public final class TestPostgres {

    private static final String USER = "hearth";
    private static TestPostgres shared;

    private final Path data;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;

    private TestPostgres(Path bin) throws IOException {
        this.bin = bin;
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
        this.data = Files.createTempDirectory("hearth-pg-");
        this.port = freePort();
        if (asPostgresUser) {
            UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(data, users.lookupPrincipalByName("postgres"));
        }
        run(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--no-locale", "--no-sync");
        run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
                "-w", "-o", "-p " + port + " -h 127.0.0.1 -k " + data + " -F -c full_page_writes=off"
                        + " -c max_connections=300 -c shared_buffers=32MB", "start");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "test-postgres-stop"));
    }

    /** The server of this JVM, started on first use. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            try {
                shared = new TestPostgres(binaries());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the test PostgreSQL", e);
            }
        }
        return shared;
    }

    /** A new, empty database on the server, named for the test. */
    public PGSimpleDataSource createDatabase() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE DATABASE " + name);
        return dataSource(name);
    }

    /**
     * A new, empty database behind a small connection pool, as the kiosk has one (a PostgreSQL connection costs a
     * new server process; a test opening one per query would measure that). Closing it drops the database.
     */
    public PooledDatabase createPooledDatabase() {
        PGSimpleDataSource plain = createDatabase();
        HikariConfig config = new HikariConfig();
        config.setDataSource(plain);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setPoolName("test-" + plain.getDatabaseName());
        return new PooledDatabase(plain.getDatabaseName(), new HikariDataSource(config));
    }

    /** A database of this server behind a pool; {@link #close()} closes the pool and drops the database. */
    public record PooledDatabase(String name, HikariDataSource dataSource) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
            shared().dropDatabase(name);
        }
    }

    /** Drops a database made by {@link #createDatabase()}, closing any connection still open to it. */
    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The JDBC URL of a database on this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return USER;
    }

    public PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url(database));
        ds.setUser(USER);
        return ds;
    }

    private void execute(String sql) {
        try (Connection c = dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
        } catch (RuntimeException e) {
            // the JVM is ending; the folder goes all the same
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    private void run(String... command) {
        List<String> line = new ArrayList<>();
        if (asPostgresUser) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed:\n" + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path binaries() throws IOException {
        String env = System.getenv("HEARTH_PG_BIN");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Path newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(TestPostgres::major)).orElse(null);
                if (newest != null) {
                    return newest.resolve("bin");
                }
            }
        }
        throw new IllegalStateException("The database tests need PostgreSQL's server binaries: install Debian's "
                + "postgresql package (apt-get install postgresql) or set HEARTH_PG_BIN to the folder holding initdb");
    }

    private static int major(Path version) {
        try {
            return Integer.parseInt(version.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
