package org.hearth.platform.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrations rewritten after they shipped (in SQL that PostgreSQL accepts as well as Derby), listed by a bundle in
 * {@value #FILE} beside them: {@code <version>=<checksum the old file had>[,<another>]}. A database that applied
 * the old file has that checksum in its history; it is brought to the new file's checksum (Flyway's repair) instead
 * of refusing to start. Any other checksum difference still fails, as Flyway means it to.
 */
final class RewrittenMigrations {

    static final String FILE = "rewritten.properties";
    private static final Logger LOG = LoggerFactory.getLogger(RewrittenMigrations.class);

    private RewrittenMigrations() {
    }

    /** The accepted old checksums by version, from the bundle (or, outside OSGi, the anchor's class loader). */
    static Map<String, Set<Integer>> listed(Bundle bundle, Class<?> anchor, String folder) {
        URL url = bundle != null ? bundle.getEntry(folder + "/" + FILE) : anchor.getClassLoader().getResource(folder + "/" + FILE);
        Map<String, Set<Integer>> listed = new HashMap<>();
        if (url == null) {
            return listed;
        }
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String version : properties.stringPropertyNames()) {
            Set<Integer> checksums = new HashSet<>();
            for (String checksum : properties.getProperty(version).split(",")) {
                checksums.add(Integer.valueOf(checksum.strip()));
            }
            listed.put(version.strip(), checksums);
        }
        return listed;
    }

    /** Repairs the history when its only differences from the files are listed rewrites; otherwise leaves it. */
    static void accept(Flyway flyway, Map<String, Set<Integer>> listed, String schema) {
        if (listed.isEmpty()) {
            return;
        }
        List<String> rewritten = new ArrayList<>();
        for (MigrationInfo info : flyway.info().applied()) {
            if (info.getType().isSynthetic()) {
                continue;
            }
            if (!info.isVersioned() || info.getResolvedChecksum() == null) {
                return;
            }
            if (!info.getResolvedChecksum().equals(info.getAppliedChecksum())) {
                String version = info.getVersion().getVersion();
                if (!listed.getOrDefault(version, Set.of()).contains(info.getAppliedChecksum())) {
                    return;
                }
                rewritten.add(version);
            }
        }
        if (!rewritten.isEmpty()) {
            flyway.repair();
            LOG.info("Schema {}: migration(s) {} were rewritten since they were applied; history updated", schema,
                    rewritten);
        }
    }
}
