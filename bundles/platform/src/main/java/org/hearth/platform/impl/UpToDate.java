package org.hearth.platform.impl;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;

/**
 * A quick look, before loading Flyway at all, at whether every migration a bundle ships is already
 * applied: on an ordinary start that is so, and it saves a second of start-up per schema. Anything
 * unusual (a new file, a failed or unknown row, no history yet) answers "no" and Flyway does the real work,
 * checksums included.
 */
final class UpToDate {

    private static final Pattern VERSION = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    private UpToDate() {
    }

    static boolean check(DataSource dataSource, String schema, Bundle bundle, String folder) {
        Set<String> shipped = shippedVersions(bundle, folder);
        if (shipped.isEmpty()) {
            return false;
        }
        String sql = "SELECT \"version\", \"success\" FROM " + schema
                + ".schema_history WHERE \"version\" IS NOT NULL";
        Set<String> applied = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                applied.add(rows.getString(1));
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
        return applied.equals(shipped);
    }

    private static Set<String> shippedVersions(Bundle bundle, String folder) {
        Set<String> versions = new HashSet<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "V*.sql", false);
        if (entries == null) {
            return versions;
        }
        for (URL entry : Collections.list(entries)) {
            String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            Matcher matcher = VERSION.matcher(name);
            if (matcher.matches()) {
                versions.add(matcher.group(1).replace('_', '.'));
            }
        }
        return versions;
    }
}
