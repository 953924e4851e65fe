package org.hearth.platform.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hearth.api.Failures;
import org.hearth.api.Scheduler;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the whole database on a schedule (pid {@value #PID}: {@code time} HH:mm, default 02:30;
 * {@code folder}, default {@code backups} beside the data folder; {@code keep}, default 7), taken while the
 * kiosk serves. A backup is Derby's own copy of the encrypted files, so it is encrypted with the database's key
 * and opens only with it. {@code bin/hearth restore <backup>} brings one back. A PC that was off at backup time
 * catches up: when the newest backup is more than a day old (or there is none and the kiosk has been used), one
 * is taken {@link #CATCH_UP_AFTER} after the start, once the kiosk serves.
 */
@Component(service = Backups.class, immediate = true, configurationPid = Backups.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class Backups {

    static final String PID = "org.hearth.backup";
    static final String TASK = "database-backup";
    static final String CATCH_UP = "database-backup-catch-up";
    /** Long enough for the kiosk to have started and served its welcome screen. */
    static final Duration CATCH_UP_AFTER = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");

    private final DataSource database;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Path defaultFolder;
    private volatile Path folder;
    private volatile int keep;
    private Scheduler.Task task;
    private Scheduler.Task catchUp;

    @Activate
    public Backups(@Reference(target = "(hearth.database=main)") DataSource database, @Reference Scheduler scheduler,
                   @Reference Clock clock, BundleContext context, Map<String, Object> properties) {
        this(database, scheduler, clock, onPostgresql(context) ? null
                : defaultFolder(context.getProperty(DerbyDatabase.DATA_DIR)), properties);
    }

    /** On PostgreSQL the server keeps the backups (pg_dump, base backups): nothing is scheduled here. */
    private static boolean onPostgresql(BundleContext context) {
        String url = context.getProperty(PostgresDatabase.URL);
        return url != null && !url.isBlank();
    }

    Backups(DataSource database, Scheduler scheduler, Clock clock, Path defaultFolder, Map<String, Object> properties) {
        this.database = database;
        this.scheduler = scheduler;
        this.clock = clock;
        this.defaultFolder = defaultFolder;
        modified(properties);
        catchUpIfDue();
    }

    @Modified
    synchronized void modified(Map<String, Object> properties) {
        Object configured = properties.get("folder");
        folder = defaultFolder == null || configured == null || configured.toString().isBlank() ? defaultFolder
                : defaultFolder.resolveSibling(configured.toString().strip()).toAbsolutePath().normalize();
        keep = number(properties.get("keep"), 7);
        if (task != null) {
            task.cancel();
        }
        task = defaultFolder == null ? null : scheduler.daily(TASK, time(properties.get("time")), this::backUpQuietly);
    }

    @Deactivate
    synchronized void deactivate() {
        if (task != null) {
            task.cancel();
        }
        if (catchUp != null) {
            catchUp.cancel();
        }
    }

    /**
     * Schedules one backup shortly after the start when the last one is more than a day old. It is a daily task at
     * the time of day then, cancelled after its first run, so that it runs on the scheduler's clock.
     */
    private synchronized void catchUpIfDue() {
        try {
            if (folder == null || !backupOverdue()) {
                return;
            }
            LocalTime at = LocalTime.now(clock).plus(CATCH_UP_AFTER).withNano(0);
            catchUp = scheduler.daily(CATCH_UP, at, this::catchUpOnce);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not tell whether a backup is overdue: {}", Failures.describe(e));
        }
    }

    private boolean backupOverdue() throws IOException {
        List<Path> all = kept();
        return all.isEmpty() || takenAt(all.get(0)).isBefore(clock.instant().minus(Duration.ofDays(1)));
    }

    private void catchUpOnce() {
        synchronized (this) {
            if (catchUp != null) {
                catchUp.cancel();
            }
        }
        try {
            if (!kept().isEmpty() || holdsData()) {
                LOG.info("The last backup is more than a day old (the PC was off at backup time): backing up now");
                backUpQuietly();
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.error("The catch-up database backup failed: {}", Failures.describe(e));
        }
    }

    /** Whether the kiosk has been used: a person registered (the first coordinator, say) or anything audited. */
    private boolean holdsData() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("platform.person", "platform.audit_entry")) {
                try (ResultSet row = statement.executeQuery("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY")) {
                    if (row.next()) {
                        return true;
                    }
                } catch (SQLException missing) {
                    if (!"42X05".equals(missing.getSQLState())) { // not "table does not exist"
                        throw missing;
                    }
                }
            }
        }
        return false;
    }

    /** When a backup was taken, from its folder's name (the clock's zone); long ago when the name is not one. */
    private Instant takenAt(Path backup) {
        try {
            return LocalDateTime.parse(backup.getFileName().toString(), NAME).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    /** Takes a backup now, then keeps only the newest {@code keep}; returns the backup's folder. */
    Path backUp() throws SQLException, IOException {
        if (folder == null) {
            throw new IOException("The database is in memory: there is nothing to back up");
        }
        Path target = folder.resolve(NAME.format(LocalDateTime.now(clock)));
        Files.createDirectories(folder);
        DatabaseKey.ownerOnly(folder, "rwx------");
        try (Connection connection = database.getConnection();
             CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, target.toString());
            backup.execute();
        }
        prune();
        return target;
    }

    /** The backups kept, newest first. */
    List<Path> kept() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("db").resolve("service.properties")))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
    }

    private void prune() throws IOException {
        List<Path> all = kept();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try (Stream<Path> files = Files.walk(old)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private void backUpQuietly() {
        try {
            Path taken = backUp();
            LOG.info("Database backed up to {}", taken.getFileName());
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.error("The scheduled database backup failed: {}", Failures.describe(e));
        }
    }

    private static Path defaultFolder(String dataDir) {
        return dataDir == null || dataDir.isBlank() ? null
                : Path.of(dataDir).toAbsolutePath().normalize().resolveSibling("backups");
    }

    private static LocalTime time(Object value) {
        try {
            return value == null || value.toString().isBlank() ? LocalTime.of(2, 30) : LocalTime.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            LOG.warn("Backup time '{}' is not a time of day (HH:mm); using 02:30", value);
            return LocalTime.of(2, 30);
        }
    }

    private static int number(Object value, int fallback) {
        try {
            int n = value == null ? fallback : Integer.parseInt(value.toString().strip());
            return n >= 1 && n <= 365 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
