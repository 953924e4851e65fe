package org.hearth.kiosk;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The host's settings: {@code config/hearth.properties}, overridden for one run by an environment variable
 * ({@code HEARTH_PORT} for {@code hearth.port}) or a system property ({@code -Dhearth.port=...}).
 * A missing or unreadable value falls back to its safe default with a warning (handed to {@code warn},
 * because logging is configured from these very settings).
 *
 * @param home             the installation folder
 * @param port             HTTP port (0 picks a free one)
 * @param bindAddress      address Jetty listens on
 * @param dataDir          where the database and other saved state live
 * @param logsDir          where logs are written
 * @param idleAskSeconds   quiet time before the kiosk asks "Still here?"
 * @param idleResetSeconds quiet time before the kiosk returns to welcome
 * @param staffIdleSeconds quiet time before a staff session on the kiosk ends
 * @param language         the default language of the welcome screen
 * @param deployPollMillis how often the drop-in folder is scanned
 * @param centerName       the center's name on the kiosk's bar; empty for "Hearth"
 * @param openingHours     the opening hours shown on the welcome screen, as the center writes them; may be empty
 * @param keyFile          the database's encryption key, outside the data folder (made on the first start)
 * @param database         where the records live: empty for the embedded database, or a PostgreSQL server
 * @param centerId         this center's id among the centers sharing one database ({@code hearth.center.id})
 */
public record HostSettings(Path home, int port, String bindAddress, Path dataDir, Path logsDir,
                           int idleAskSeconds, int idleResetSeconds, int staffIdleSeconds, Locale language,
                           int deployPollMillis, String centerName, String openingHours,
                           Path keyFile, Database database, String centerId) {

    /**
     * A PostgreSQL server instead of the embedded database ({@code hearth.database.url}, {@code .user},
     * {@code .password.file}; the password may also come from {@code HEARTH_DATABASE_PASSWORD}).
     *
     * @param url          {@code jdbc:postgresql://host:5432/name}, or empty for the embedded Derby database
     * @param user         the server's user for Hearth
     * @param passwordFile a file holding only the password (readable by the service user alone)
     */
    public record Database(String url, String user, Path passwordFile) {
    }

    /** The longest center name and opening hours a coordinator may set. */
    public static final int MAX_NAME = 60;
    public static final int MAX_HOURS = 160;

    /** The folder of shipped bundles. */
    public Path bundlesDir() {
        return home.resolve("bundles");
    }

    /** The folder watched for drop-in bundles. */
    public Path deployDir() {
        return home.resolve("deploy");
    }

    /** The folder of configuration files. */
    public Path configDir() {
        return home.resolve("config");
    }

    /** Reads the settings of the installation in {@code home}. */
    public static HostSettings load(Path home, Map<String, String> env, Properties system, Consumer<String> warn) {
        Properties file = new Properties();
        Path config = home.resolve("config").resolve("hearth.properties");
        if (Files.isRegularFile(config)) {
            try (Reader reader = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                file.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                warn.accept("Could not read " + config + " (" + e.getMessage() + "); using the defaults");
            }
        }
        Function<String, String> raw = key -> {
            String value = system.getProperty(key);
            if (value == null) {
                value = env.get(key.toUpperCase(Locale.ROOT).replace('.', '_'));
            }
            return value != null ? value.strip() : file.getProperty(key, "").strip();
        };
        Values values = new Values(raw, warn);
        int ask = values.integer("hearth.idle.ask.seconds", 40, 5, 3600);
        int reset = values.integer("hearth.idle.reset.seconds", 60, 10, 7200);
        if (reset <= ask) {
            warn.accept("hearth.idle.reset.seconds (" + reset + ") must be longer than hearth.idle.ask.seconds ("
                    + ask + "); using " + (ask + 20));
            reset = ask + 20;
        }
        return new HostSettings(home.toAbsolutePath().normalize(),
                values.integer("hearth.port", 8080, 0, 65535),
                values.text("hearth.bind", "127.0.0.1"),
                home.resolve(values.text("hearth.data.dir", "data")).toAbsolutePath().normalize(),
                home.resolve(values.text("hearth.logs.dir", "logs")).toAbsolutePath().normalize(),
                ask, reset,
                values.integer("hearth.staff.idle.seconds", 180, 30, 7200),
                values.language("hearth.language", Locale.ENGLISH),
                values.integer("hearth.deploy.poll.millis", 250, 50, 60_000),
                values.line("hearth.center.name", MAX_NAME), values.line("hearth.opening.hours", MAX_HOURS),
                home.resolve(values.text("hearth.key.file", "secrets/database.key")).toAbsolutePath().normalize(),
                new Database(values.text("hearth.database.url", ""), values.text("hearth.database.user", ""),
                        home.resolve(values.text("hearth.database.password.file", "secrets/database.password"))
                                .toAbsolutePath().normalize()),
                values.id("hearth.center.id", "main"));
    }

    /** Typed reading with safe fall-backs. */
    private record Values(Function<String, String> raw, Consumer<String> warn) {

        String text(String key, String fallback) {
            String value = raw.apply(key);
            return value.isEmpty() ? fallback : value;
        }

        /** One line of the center's own words, cut to {@code max} characters. */
        String line(String key, int max) {
            String value = raw.apply(key).replaceAll("\\s+", " ");
            return value.length() > max ? value.substring(0, max) : value;
        }

        /** A short id: lower-case letters, digits and dashes, at most 40. */
        String id(String key, String fallback) {
            String value = raw.apply(key);
            if (value.isEmpty() || value.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                return value.isEmpty() ? fallback : value;
            }
            warn.accept("Setting " + key + "='" + value + "' is not a short id (lower-case letters, digits and dashes,"
                    + " at most 40); using " + fallback);
            return fallback;
        }

        int integer(String key, int fallback, int min, int max) {
            String value = raw.apply(key);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            warn.accept("Setting " + key + "='" + value + "' is not a whole number from " + min + " to " + max
                    + "; using " + fallback);
            return fallback;
        }

        Locale language(String key, Locale fallback) {
            String value = raw.apply(key).toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                return fallback;
            }
            if (value.equals("en") || value.equals("es")) {
                return Locale.forLanguageTag(value);
            }
            warn.accept("Setting " + key + "='" + value + "' is not a supported language (en, es); using "
                    + fallback.getLanguage());
            return fallback;
        }
    }
}
