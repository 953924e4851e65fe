package org.hearth.platform.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.hearth.api.Scheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup of a database with history, the database wiped and restored: every count identical, every table sound. */
class DatabaseBackupTest {

    private static final List<String> TABLES = List.of("VISIT", "PERSON", "SHIFT");

    @TempDir
    Path home;
    private final List<String> scheduled = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-30T02:30:00Z");

    @Test
    void aBackupRestoredAfterTheDatabaseWasWipedHasEveryCountAndPassesDerbysTableCheck() throws Exception {
        Path db = home.resolve("data/db");
        DatabaseKey key = new DatabaseKey(home.resolve("secrets/database.key"));
        EmbeddedDataSource source = open(db, key);
        history(source, 500);
        Map<String, Long> counted = counts(source);
        Backups backups = backups(source, Map.of());
        Path backup = backups.backUp();
        assertThat(scheduled).containsExactly("database-backup@02:30", "database-backup-catch-up@02:32");
        assertThat(DatabaseKey.encrypted(backup.resolve("db"))).as("the backup is encrypted as the database is").isTrue();
        history(source, 10);
        DerbyDatabase.shutdown(db.toString());

        wipe(db);
        EmbeddedDataSource restored = new EmbeddedDataSource();
        restored.setDatabaseName(db.toString());
        DerbyDatabase.restore(restored, backup, key);
        DerbyDatabase.boot(restored, db, key);

        assertThat(counts(restored)).isEqualTo(counted);
        assertThat(tableCheck(restored)).isEqualTo(TABLES.size());
        DerbyDatabase.shutdown(db.toString());
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        Path db = home.resolve("data/db");
        EmbeddedDataSource source = open(db, new DatabaseKey(home.resolve("secrets/database.key")));
        history(source, 10);
        Backups backups = backups(source, Map.of("keep", "2", "time", "03:15", "folder", "elsewhere"));
        List<Path> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            taken.add(backups.backUp());
            now = now.plus(Duration.ofDays(1));
        }

        assertThat(backups.kept()).containsExactly(taken.get(2), taken.get(1));
        assertThat(taken.get(0)).doesNotExist();
        assertThat(taken.get(2).getParent()).isEqualTo(home.resolve("elsewhere"));
        assertThat(scheduled).containsExactly("database-backup@03:15", "database-backup-catch-up@02:32");
        DerbyDatabase.shutdown(db.toString());
    }

    @Test
    void aPcThatWasOffAtBackupTimeBacksUpSoonAfterStartThenKeepsTheSchedule() throws Exception {
        Path db = home.resolve("data/db");
        EmbeddedDataSource source = open(db, new DatabaseKey(home.resolve("secrets/database.key")));
        history(source, 10);
        now = Instant.parse("2026-11-27T02:30:00Z");
        Path old = backups(source, Map.of()).backUp();
        now = Instant.parse("2026-11-30T08:00:00Z"); // switched off every night since, on again this morning
        PlatformScheduler scheduler = new PlatformScheduler(clock(), Runnable::run);
        Backups backups = new Backups(source, scheduler, clock(), home.resolve("backups"), new LinkedHashMap<>());

        scheduler.runDue();
        assertThat(backups.kept()).as("nothing taken while the kiosk starts").containsExactly(old);
        now = now.plus(Backups.CATCH_UP_AFTER);
        scheduler.runDue();
        assertThat(backups.kept()).extracting(p -> p.getFileName().toString())
                .containsExactly("2026-11-30T080200", "2026-11-27T023000");
        now = Instant.parse("2026-11-30T23:59:00Z");
        scheduler.runDue();
        assertThat(backups.kept()).as("the catch-up runs once").hasSize(2);
        now = Instant.parse("2026-12-01T02:30:00Z");
        scheduler.runDue();
        assertThat(backups.kept()).hasSize(3).first().extracting(p -> p.getFileName().toString())
                .isEqualTo("2026-12-01T023000");
        DerbyDatabase.shutdown(db.toString());
    }

    @Test
    void aKioskInUseWithNoBackupYetCatchesUpButNotANewOneNorAfterARecentBackup() throws Exception {
        Path db = home.resolve("data/db");
        EmbeddedDataSource source = open(db, new DatabaseKey(home.resolve("secrets/database.key")));
        PlatformScheduler scheduler = new PlatformScheduler(clock(), Runnable::run);
        Backups fresh = restart(source, scheduler);
        assertThat(fresh.kept()).as("a new kiosk, nobody registered yet").isEmpty();
        fresh.deactivate();

        history(source, 10);
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE platform.person (id VARCHAR(36) PRIMARY KEY)");
            statement.execute("INSERT INTO platform.person VALUES ('the first coordinator')");
        }
        Backups used = restart(source, scheduler);
        assertThat(used.kept()).as("someone registered, never backed up").hasSize(1);
        used.deactivate();

        now = now.plus(Duration.ofHours(20));
        assertThat(restart(source, scheduler).kept()).as("the last backup is less than a day old").hasSize(1);
        DerbyDatabase.shutdown(db.toString());
    }

    /** The component started again, and the time moved on by as long as the catch-up waits. */
    private Backups restart(EmbeddedDataSource source, PlatformScheduler scheduler) {
        Backups backups = new Backups(source, scheduler, clock(), home.resolve("backups"), new LinkedHashMap<>());
        now = now.plus(Backups.CATCH_UP_AFTER);
        scheduler.runDue();
        return backups;
    }

    private Backups backups(EmbeddedDataSource source, Map<String, Object> properties) {
        Scheduler scheduler = new Scheduler() {
            public Task daily(String name, LocalTime at, Runnable task) {
                scheduled.add(name + "@" + at);
                return new Task() {
                    public void cancel() {
                        scheduled.remove(name + "@" + at);
                    }

                    public boolean isCancelled() {
                        return !scheduled.contains(name + "@" + at);
                    }
                };
            }

            public Task every(String name, Duration period, Runnable task) {
                throw new UnsupportedOperationException();
            }
        };
        return new Backups(source, scheduler, clock(), home.resolve("backups"), new LinkedHashMap<>(properties));
    }

    /** The test's clock: reads {@link #now}, in UTC. */
    private Clock clock() {
        return new Clock() {
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        };
    }

    private static EmbeddedDataSource open(Path db, DatabaseKey key) throws SQLException {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(db.toString());
        DerbyDatabase.boot(source, db, key);
        return source;
    }

    private static void history(EmbeddedDataSource source, int rows) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try {
                    statement.execute("CREATE TABLE " + table + " (id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                            + " note VARCHAR(60))");
                } catch (SQLException exists) {
                    // the second round of history
                }
                for (int i = 0; i < rows; i++) {
                    statement.addBatch("INSERT INTO " + table + " (note) VALUES ('row " + i + "')");
                }
                statement.executeBatch();
            }
        }
    }

    private static Map<String, Long> counts(EmbeddedDataSource source) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** How many tables Derby's own consistency check passes. */
    private static int tableCheck(EmbeddedDataSource source) throws SQLException {
        int sound = 0;
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('APP', '" + table + "')")) {
                    rows.next();
                    sound += rows.getInt(1);
                }
            }
        }
        return sound;
    }

    private static void wipe(Path db) throws Exception {
        try (Stream<Path> files = Files.walk(db)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
