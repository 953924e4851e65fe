package org.hearth.kiosk.osgi;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the OSGi bundle cache was built from: the shipped bundles, the host's own jars and the Java version,
 * each jar by name, size and time of change. When any of them differs (an upgrade, a bundle added to or
 * taken from the shipped folder), the cache is built afresh.
 */
final class CacheFingerprint {

    private static final Logger LOG = LoggerFactory.getLogger(CacheFingerprint.class);

    private final String text;

    private CacheFingerprint(String text) {
        this.text = text;
    }

    static CacheFingerprint of(Path bundlesDir, String classPath) {
        List<String> lines = new ArrayList<>();
        lines.add("java " + System.getProperty("java.vm.version"));
        // caches from before the host started the shipped bundles transiently would start them one by one
        lines.add("shipped bundles started by the host");
        if (Files.isDirectory(bundlesDir)) {
            try (Stream<Path> jars = Files.list(bundlesDir)) {
                jars.sorted().forEach(jar -> lines.add(describe(jar)));
            } catch (IOException e) {
                lines.add("unreadable " + bundlesDir);
            }
        }
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                lines.add(describe(Path.of(entry)));
            }
        }
        return new CacheFingerprint(String.join("\n", lines) + "\n");
    }

    private static String describe(Path file) {
        try {
            return file.toAbsolutePath() + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file.toAbsolutePath() + " missing";
        }
    }

    /** Whether the cache in {@code cacheDir} was built from exactly this installation. */
    boolean matches(Path cacheDir) {
        Path file = fileFor(cacheDir);
        try {
            return Files.isDirectory(cacheDir) && Files.isRegularFile(file) && Files.readString(file).equals(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** Remembers that the cache in {@code cacheDir} is built from this installation. */
    void save(Path cacheDir) {
        try {
            Files.writeString(fileFor(cacheDir), text);
        } catch (IOException e) {
            LOG.warn("The bundle cache's fingerprint could not be saved ({}); the next start builds it afresh",
                    e.getMessage());
        }
    }

    /** Marks the cache in {@code cacheDir} as not (yet) reusable. */
    static void forget(Path cacheDir) {
        try {
            Files.deleteIfExists(fileFor(cacheDir));
        } catch (IOException e) {
            LOG.warn("The bundle cache's fingerprint could not be removed: {}", e.getMessage());
        }
    }

    private static Path fileFor(Path cacheDir) {
        return cacheDir.resolveSibling(cacheDir.getFileName() + ".fingerprint");
    }
}
