package org.hearth.platform.impl;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves an installation's records from its embedded Derby database to PostgreSQL ({@code bin/hearth
 * move-to-postgresql}), one schema at a time, right after the schema was migrated on PostgreSQL: every row of every
 * table (parents before children), identity counters set past the highest id, the row counts of both sides compared
 * before the transaction commits. A schema is moved once ({@code platform.moved_schema}), and only into one its
 * migrations have just created (whose only rows are those the migrations wrote, which Derby has too) or one with no
 * rows; the Derby files are only read.
 */
public final class SchemaMove {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMove.class);
    private static final Set<String> NOT_MOVED = Set.of("schema_history", "moved_schema");
    private static final int BATCH = 500;

    private final DataSource derby;
    private final DataSource postgres;

    public SchemaMove(DataSource derby, DataSource postgres) {
        this.derby = derby;
        this.postgres = postgres;
    }

    /**
     * Copies {@code schema} (already migrated on PostgreSQL; {@code created} when those migrations made it just now)
     * from Derby unless it was moved before; returns the rows copied.
     */
    public synchronized int copy(String schema, boolean created) {
        try (Connection from = derby.getConnection(); Connection to = postgres.getConnection()) {
            if (moved(to, schema)) {
                return 0;
            }
            List<String> tables = parentsFirst(from.getMetaData(), schema.toUpperCase(Locale.ROOT));
            if (tables.isEmpty()) {
                return 0;
            }
            to.setAutoCommit(false);
            try {
                if (created) {
                    clearSeedRows(to, schema, tables);
                }
                int rows = 0;
                for (String table : tables) {
                    rows += copyTable(from, to, schema, table);
                }
                restartIdentities(to, schema);
                record(to, schema, rows);
                to.commit();
                LOG.info("Schema {}: {} rows in {} tables moved from the embedded database", schema, rows, tables.size());
                return rows;
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                if (created) {
                    dropHalfMade(to, schema);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Moving schema " + schema + " to PostgreSQL failed: " + e.getMessage(), e);
        }
    }

    /** A schema made for the move that could not be filled goes again, so the next start begins afresh. */
    private static void dropHalfMade(Connection to, String schema) {
        try (Statement s = to.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
            to.commit();
        } catch (SQLException e) {
            LOG.warn("Schema {} could not be dropped after a failed move: {}", schema, e.getMessage());
        }
    }

    private static boolean moved(Connection to, String schema) throws SQLException {
        try (PreparedStatement s = to.prepareStatement("SELECT COUNT(*) FROM platform.moved_schema WHERE schema_name = ?")) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }

    /** The schema's tables in Derby, each after the tables it refers to. */
    private static List<String> parentsFirst(DatabaseMetaData meta, String schema) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet t = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (t.next()) {
                String table = t.getString("TABLE_NAME");
                if (!NOT_MOVED.contains(table.toLowerCase(Locale.ROOT))) {
                    parents.put(table, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
            try (ResultSet k = meta.getImportedKeys(null, schema, table.getKey())) {
                while (k.next()) {
                    if (schema.equals(k.getString("PKTABLE_SCHEM")) && !table.getKey().equals(k.getString("PKTABLE_NAME"))) {
                        table.getValue().add(k.getString("PKTABLE_NAME"));
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        List<String> names = new ArrayList<>(parents.keySet());
        names.sort(Comparator.naturalOrder());
        while (ordered.size() < names.size()) {
            int before = ordered.size();
            for (String name : names) {
                if (!ordered.contains(name) && ordered.containsAll(parents.get(name))) {
                    ordered.add(name);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("The tables of " + schema + " refer to each other in a circle");
            }
        }
        return ordered;
    }

    /** The rows a new schema's migrations wrote (kinds, pathways): Derby has them too, perhaps changed since. */
    private static void clearSeedRows(Connection to, String schema, List<String> parentsFirst) throws SQLException {
        try (Statement s = to.createStatement()) {
            for (int i = parentsFirst.size() - 1; i >= 0; i--) {
                s.executeUpdate("DELETE FROM " + schema + "." + parentsFirst.get(i).toLowerCase(Locale.ROOT));
            }
        }
    }

    private static int copyTable(Connection from, Connection to, String schema, String table) throws SQLException {
        String target = schema + "." + table.toLowerCase(Locale.ROOT);
        if (count(to, target) > 0) {
            throw new IllegalStateException(target + " already holds rows in PostgreSQL; Hearth moves only into a"
                    + " new, empty database");
        }
        int copied = 0;
        try (Statement read = from.createStatement();
             ResultSet rows = read.executeQuery("SELECT * FROM " + schema.toUpperCase(Locale.ROOT) + "." + table)) {
            int columns = rows.getMetaData().getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(rows.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
            String insert = "INSERT INTO " + target + " (" + String.join(", ", names) + ") OVERRIDING SYSTEM VALUE VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement write = to.prepareStatement(insert)) {
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        write.setObject(i, rows.getObject(i));
                    }
                    write.addBatch();
                    if (++copied % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
        }
        long derbyCount = count(from, schema.toUpperCase(Locale.ROOT) + "." + table);
        long written = count(to, target);
        if (derbyCount != written || written != copied) {
            throw new IllegalStateException(target + ": " + derbyCount + " rows in Derby but " + written
                    + " in PostgreSQL");
        }
        return copied;
    }

    /** Sets every identity column's next value past the highest one moved, so new rows do not collide. */
    private static void restartIdentities(Connection to, String schema) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (PreparedStatement s = to.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND is_identity = 'YES'")) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    identities.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
        }
        for (String[] id : identities) {
            String table = schema + "." + id[0];
            try (Statement s = to.createStatement()) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + id[1] + "'), COALESCE(MAX("
                        + id[1] + "), 0) + 1, false) FROM " + table);
            }
        }
    }

    private static void record(Connection to, String schema, int rows) throws SQLException {
        try (PreparedStatement s = to.prepareStatement(
                "INSERT INTO platform.moved_schema (schema_name, moved_at, row_count) VALUES (?, ?, ?)")) {
            s.setString(1, schema);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.setInt(3, rows);
            s.executeUpdate();
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
