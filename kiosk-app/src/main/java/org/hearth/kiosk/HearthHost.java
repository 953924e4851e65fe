package org.hearth.kiosk;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hearth.kiosk.osgi.OsgiRuntime;
import org.hearth.kiosk.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The kiosk host's main: reads the settings, locks the data folder, starts the OSGi framework (with the
 * platform and feature bundles) and then the web server; stops them in reverse order on SIGTERM.
 */
public final class HearthHost {

    /** Exit codes a service manager can tell apart. */
    static final int EXIT_FOLDERS = 2;
    static final int EXIT_LOCKED = 3;
    static final int EXIT_PORT = 4;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 5;
    /** Set by {@code bin/hearth restore <backup>}: the backup the platform restores before opening the database. */
    static final String RESTORE_FROM = "hearth.restore.from";
    /** Set by {@code bin/hearth move-to-postgresql}: the embedded database the platform moves to PostgreSQL. */
    static final String MOVE_FROM = "hearth.move.from";
    /** The file in the data folder that holds the port being served, while the kiosk runs. */
    public static final String PORT_FILE = "port";

    private final HostSettings settings;
    private final DataFolderLock lock;
    private final OsgiRuntime osgi;
    private final KioskServices services;
    private final WebServer web;

    private HearthHost(HostSettings settings, DataFolderLock lock, OsgiRuntime osgi, KioskServices services,
                       WebServer web) {
        this.settings = settings;
        this.lock = lock;
        this.osgi = osgi;
        this.services = services;
        this.web = web;
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        Path home = Path.of(System.getProperty("hearth.home", ".")).toAbsolutePath().normalize();
        HostSettings settings = HostSettings.load(home, System.getenv(), System.getProperties(), warnings::add);
        configureLogging(settings);
        Logger log = LoggerFactory.getLogger(HearthHost.class);
        warnings.forEach(log::warn);
        try {
            if (args.length > 0 && "move-to-postgresql".equals(args[0])) {
                moveRequested(args, settings, log);
            } else {
                restoreRequested(args, log);
            }
            HearthHost host = start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(host::stop, "hearth-shutdown"));
            log.info("Hearth is ready at http://{}:{}/ (started in {} ms)",
                    "0.0.0.0".equals(settings.bindAddress()) ? "localhost" : settings.bindAddress(), host.port(),
                    (System.nanoTime() - started) / 1_000_000);
            markClassesRecorded(log);
        } catch (StartupException e) {
            log.error(e.getMessage());
            System.err.println("Hearth could not start: " + e.getMessage());
            System.exit(e.exitCode);
        }
    }

    /** {@code restore <backup folder>}: the database is replaced by that backup, then the kiosk starts as usual. */
    private static void restoreRequested(String[] args, Logger log) throws StartupException {
        if (args.length == 0) {
            return;
        }
        if (args.length != 2 || !"restore".equals(args[0])) {
            throw new StartupException(EXIT_USAGE, "Unknown arguments. Start the kiosk with no arguments, restore a"
                    + " backup with: bin/hearth restore <backup folder>, or move to PostgreSQL with:"
                    + " bin/hearth move-to-postgresql");
        }
        Path backup = Path.of(args[1]).toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup.resolve("db").resolve("service.properties"))) {
            throw new StartupException(EXIT_USAGE, "There is no database backup in " + backup
                    + ". A backup folder is named by its date and time and holds a folder called db.");
        }
        System.setProperty(RESTORE_FROM, backup.toString());
        log.warn("Restoring the database from the backup {}; what was saved since then is replaced", backup.getFileName());
    }

    /**
     * {@code move-to-postgresql}: this installation's embedded database is copied, schema by schema, into the
     * (empty) PostgreSQL database {@code hearth.database.url} names, as the kiosk starts on it; the Derby files stay.
     */
    private static void moveRequested(String[] args, HostSettings settings, Logger log) throws StartupException {
        if (args.length != 1) {
            throw new StartupException(EXIT_USAGE, "bin/hearth move-to-postgresql takes no other argument");
        }
        if (settings.database().url().isBlank()) {
            throw new StartupException(EXIT_USAGE, "Set hearth.database.url (and the user and password) to the new"
                    + " PostgreSQL database first, then run bin/hearth move-to-postgresql");
        }
        Path db = settings.dataDir().resolve("db");
        if (!Files.isRegularFile(db.resolve("service.properties"))) {
            throw new StartupException(EXIT_USAGE, "There is no embedded database in " + db + " to move");
        }
        System.setProperty(MOVE_FROM, db.toString());
        log.warn("Moving the records of {} to PostgreSQL as the kiosk starts; the embedded database is only read", db);
    }

    /**
     * Tells the launcher that this start went well, so the classes it recorded are worth a cache (bin/hearth). The
     * recording is ended a few seconds after the kiosk is ready (the welcome screen's classes included), on a thread
     * of its own: Java writes what it recorded then, in the background, not in the first stop, which would otherwise
     * take seconds longer. Where Java cannot end it early, it is written at the stop as before.
     */
    private static void markClassesRecorded(Logger log) {
        String marker = System.getProperty("hearth.aot.recorded");
        if (marker == null) {
            return;
        }
        Thread recorder = new Thread(() -> {
            try {
                Thread.sleep(RECORDING_AFTER_READY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            endClassRecording(log);
            try {
                Files.writeString(Path.of(marker), "recorded\n");
            } catch (IOException e) {
                log.warn("The start-up class cache will not be made: {}", e.getMessage());
            }
        }, "hearth-aot-record");
        recorder.setDaemon(true);
        recorder.setPriority(Thread.MIN_PRIORITY);
        recorder.start();
    }

    /** How long after ready the class recording goes on: the kiosk's browser opens the welcome screen by then. */
    static final long RECORDING_AFTER_READY_MILLIS = 3_000;

    /** {@code jcmd <pid> AOT.end_recording}, from inside: Java 25 writes the recorded classes now. */
    private static void endClassRecording(Logger log) {
        try {
            java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "aotEndRecording",
                    new Object[0], new String[0]);
            log.info("Classes recorded for the start-up class cache");
        } catch (Exception | LinkageError e) {
            log.info("The recorded classes are written at the stop ({})", e.getMessage());
        }
    }

    /** Starts a host for these settings; used by {@link #main} and by tests. */
    public static HearthHost start(HostSettings settings) throws StartupException {
        DataFolderLock lock = lockDataFolder(settings);
        OsgiRuntime osgi = initOsgi(settings, lock);
        KioskServices services = new KioskServices(settings, osgi.context(), osgi.shipped());
        services.open(osgi.context());
        // Jetty and Vaadin start while the bundles start: neither waits for the other
        CompletableFuture<WebServer> webStart = startWeb(settings);
        try {
            osgi.startBundles();
        } catch (Exception e) {
            LoggerFactory.getLogger(HearthHost.class).error("The shipped bundles did not start", e);
        }
        try {
            return new HearthHost(settings, lock, osgi, services, webStart.join());
        } catch (CompletionException wrapped) {
            // without this, FileInstall's threads would keep a headless JVM alive
            services.close();
            osgi.stop(10_000);
            closeQuietly(lock);
            throw webFailure(settings, wrapped.getCause());
        }
    }

    /** The OSGi framework with its bundle cache, the shipped bundles installed but not yet started. */
    private static OsgiRuntime initOsgi(HostSettings settings, DataFolderLock lock) throws StartupException {
        try {
            Files.createDirectories(settings.deployDir());
            OsgiRuntime osgi = OsgiRuntime.init(settings.dataDir().resolve("osgi-cache"), settings.bundlesDir(),
                    List.of(settings.configDir(), settings.deployDir()),
                    frameworkProperties(settings));
            LoggerFactory.getLogger(HearthHost.class).info(osgi.cacheKept() ? "Bundle cache kept from the last start"
                    : "Bundle cache built afresh (first start, or the installation changed)");
            return osgi;
        } catch (Exception e) {
            closeQuietly(lock);
            throw new StartupException(EXIT_FAILED, "The OSGi framework did not start: " + e.getMessage());
        }
    }

    private static Map<String, String> frameworkProperties(HostSettings settings) {
        Map<String, String> properties = new java.util.HashMap<>(Map.of("hearth.data.dir", settings.dataDir().toString(),
                "hearth.key.file", settings.keyFile().toString(),
                "felix.fileinstall.poll", Integer.toString(settings.deployPollMillis())));
        properties.put("hearth.database.url", settings.database().url());
        properties.put("hearth.database.user", settings.database().user());
        properties.put("hearth.database.password.file", settings.database().passwordFile().toString());
        properties.put("hearth.center.id", settings.centerId());
        properties.put("hearth.center.name", settings.centerName());
        for (String once : new String[] {RESTORE_FROM, MOVE_FROM}) {
            String value = System.getProperty(once);
            if (value != null) {
                properties.put(once, value);
            }
        }
        return properties;
    }

    /** Jetty and the kiosk's screens, started on another thread; the port is announced as soon as it is bound. */
    private static CompletableFuture<WebServer> startWeb(HostSettings settings) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                WebServer web = WebServer.start(settings);
                announcePort(settings, web.port());
                return web;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Why the web server did not start, in plain words: a port in use has its own exit code. */
    private static StartupException webFailure(HostSettings settings, Throwable e) {
        if (e instanceof BindException || e.getCause() instanceof BindException) {
            return new StartupException(EXIT_PORT, "Port " + settings.port() + " on " + settings.bindAddress()
                    + " is already in use. Stop the other program, or choose another port with HEARTH_PORT.");
        }
        LoggerFactory.getLogger(HearthHost.class).error("The web server did not start", e);
        return new StartupException(EXIT_FAILED, "The web server did not start: " + e.getMessage());
    }

    /**
     * Says which port was bound, as soon as it is (with {@code hearth.port=0} the system picks it): in the log, and
     * in {@code data/port} for a program that started this kiosk (written whole, then moved into place).
     */
    private static void announcePort(HostSettings settings, int port) {
        Logger log = LoggerFactory.getLogger(HearthHost.class);
        log.info("Listening on port {}", port);
        Path file = settings.dataDir().resolve(PORT_FILE);
        Path part = settings.dataDir().resolve(PORT_FILE + ".part");
        try {
            Files.writeString(part, port + "\n");
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("The port could not be written to {}: {}", file, e.getMessage());
        }
    }

    private static DataFolderLock lockDataFolder(HostSettings settings) throws StartupException {
        try {
            Files.createDirectories(settings.dataDir());
            Files.createDirectories(settings.logsDir());
            ownerOnly(settings.dataDir(), settings.logsDir(), settings.configDir());
            Optional<DataFolderLock> lock = DataFolderLock.acquire(settings.dataDir());
            if (lock.isEmpty()) {
                throw new StartupException(EXIT_LOCKED, "The data folder " + settings.dataDir()
                        + " is in use by another Hearth. Stop that one first, or give this one its own folder"
                        + " with HEARTH_DATA_DIR.");
            }
            return lock.get();
        } catch (IOException e) {
            throw new StartupException(EXIT_FOLDERS, "The data folder " + settings.dataDir()
                    + " cannot be created or written: " + e.getMessage());
        }
    }

    /** Records, logs and settings are the service user's alone: other users of the computer cannot open them. */
    private static void ownerOnly(Path... folders) {
        if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        for (Path folder : folders) {
            try {
                if (Files.isDirectory(folder)) {
                    Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
                }
            } catch (IOException | UnsupportedOperationException e) {
                LoggerFactory.getLogger(HearthHost.class).warn("Could not make {} readable by this user only: {}",
                        folder.getFileName(), e.getMessage());
            }
        }
    }

    private static void configureLogging(HostSettings settings) {
        System.setProperty("hearth.logs.dir", settings.logsDir().toString());
        Path logback = settings.configDir().resolve("logback.xml");
        if (System.getProperty("logback.configurationFile") == null && Files.isRegularFile(logback)) {
            System.setProperty("logback.configurationFile", logback.toString());
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /** The HTTP port being served. */
    public int port() {
        return web.port();
    }

    /** Stops in order: screens' listeners, HTTP, then bundles (the database closes with the platform bundle). */
    public void stop() {
        Logger log = LoggerFactory.getLogger(HearthHost.class);
        log.info("Hearth is stopping");
        services.close();
        web.stop();
        try {
            Files.deleteIfExists(settings.dataDir().resolve(PORT_FILE));
        } catch (IOException e) {
            log.warn("The port file was not removed: {}", e.getMessage());
        }
        osgi.stop(20_000);
        closeQuietly(lock);
        log.info("Hearth stopped");
    }

    private static void closeQuietly(DataFolderLock lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // the process is ending; the OS releases the lock anyway
        }
    }

    /** A start-up failure with a plain explanation and an exit code. */
    public static final class StartupException extends Exception {
        final int exitCode;

        StartupException(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }
}
