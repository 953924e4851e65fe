package org.hearth.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Hearth installation for one test class: the built distribution copied to its own folder, started
 * with {@code bin/hearth} as a separate process on port 0 (the system picks a free one; the kiosk writes the port
 * it bound to {@code data/port}, so no other process can take it in between), stopped with SIGTERM.
 */
final class Kiosk implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Path home;
    /** The port the running kiosk bound (the last one, once it has stopped); 0 before its first start. */
    volatile int port;
    private final Map<String, String> env = new HashMap<>();
    private List<String> args = List.of();
    private Process process;

    private Kiosk(Path home) {
        this.home = home;
    }

    /** A fresh copy of the distribution in its own folder, not yet started. */
    static Kiosk install(String name) {
        try {
            Path work = Path.of(System.getProperty("hearth.test.work", "target/it-work"));
            Files.createDirectories(work);
            Path home = Files.createTempDirectory(work, name + "-");
            copy(Path.of(System.getProperty("hearth.dist", "target/hearth")), home);
            // the start-up class cache makes a first stop seconds longer; only the tests of it turn it on
            return new Kiosk(home).env("HEARTH_AOT", "off");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The arguments of the next start ({@code bin/hearth move-to-postgresql}, say); none by default. */
    Kiosk args(String... arguments) {
        args = List.of(arguments);
        return this;
    }

    Kiosk env(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** Starts the kiosk and waits until /health is past STARTING (every shipped module active). */
    Kiosk start() {
        return start(100);
    }

    /** Starts the kiosk, polling every {@code pollMillis} until it serves and every shipped module is up. */
    Kiosk start(long pollMillis) {
        process = launchOnAnyPort();
        waitFor(Duration.ofSeconds(90), h -> !"STARTING".equals(h.path("status").asString())
                && "UP".equals(h.path("database").path("status").asString())
                && h.path("modules").toString().contains("\"signin\"") && get("/").statusCode() == 200, pollMillis);
        return this;
    }

    /**
     * Starts the kiosk on port 0 and waits until it has said which port it bound ({@code data/port}); returns the
     * process, which may still be starting its bundles.
     */
    Process launchOnAnyPort() {
        Path file = home.resolve("data/port");
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process started = launch(0);
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            try {
                if (Files.exists(file)) {
                    port = Integer.parseInt(Files.readString(file).strip());
                    return started;
                }
            } catch (IOException | NumberFormatException e) {
                throw new AssertionError("data/port cannot be read: " + e);
            }
            if (!started.isAlive()) {
                throw new AssertionError("The kiosk exited with " + started.exitValue() + ":\n" + console());
            }
            sleep(20);
        }
        started.destroyForcibly();
        throw new AssertionError("The kiosk never said which port it bound\n" + console());
    }

    /** Starts another process on this installation, for tests of refusals; returns it unwaited. */
    Process launch(int port) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/hearth").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().putAll(env);
        builder.environment().put("HEARTH_PORT", Integer.toString(port));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode health() {
        return JSON.readTree(get("/health").body());
    }

    /** Polls /health until {@code condition} holds; fails with the last report otherwise. */
    JsonNode waitFor(Duration timeout, Predicate<JsonNode> condition) {
        return waitFor(timeout, condition, 100);
    }

    JsonNode waitFor(Duration timeout, Predicate<JsonNode> condition, long pollMillis) {
        long end = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < end) {
            if (process != null && !process.isAlive()) {
                throw new AssertionError("The kiosk exited with " + process.exitValue() + ":\n" + console());
            }
            try {
                last = health();
                if (condition.test(last)) {
                    return last;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            sleep(pollMillis);
        }
        throw new AssertionError("Timed out; last health report: " + last + "\n" + console());
    }

    String console() {
        try {
            Path log = home.resolve("console.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Sends SIGTERM and waits for the process to end; returns its exit code. */
    int stop() {
        if (process == null) {
            return -1;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The kiosk did not stop within 60 s after SIGTERM");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            process = null;
        }
    }

    /** Kills the process at once (SIGKILL), as a power cut or a crash would. */
    void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process = null;
        }
    }

    /** The operating system's process id of the running kiosk. */
    long pid() {
        return process.pid();
    }

    /** GETs a path and hands over the body's lines as they arrive. */
    java.util.stream.Stream<String> lines(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofMinutes(30)).build(),
                    HttpResponse.BodyHandlers.ofLines()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The whole answer of a path that may take minutes (the benchmark driver's loads). */
    String slow(String path) {
        try (var answer = lines(path)) {
            return String.join("\n", answer.toList());
        }
    }

    /** Waits up to a minute until a path answers starting with {@code answer} (a drop-in's endpoint coming up). */
    void await(String path, String answer) {
        for (int i = 0; i < 600 && !get(path).body().startsWith(answer); i++) {
            sleep(100);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(from.resolve("sdk"))) {
                    return FileVisitResult.SKIP_SUBTREE; // the kit for local programs: not needed to run a kiosk
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
