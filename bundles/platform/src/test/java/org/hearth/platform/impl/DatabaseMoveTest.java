package org.hearth.platform.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.hearth.testkit.postgresql.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** An installation's records move from embedded Derby to an empty PostgreSQL database: all of them, once. */
class DatabaseMoveTest {

    private static final String[] TABLES = {"person", "account", "account_role", "audit_entry", "peer_profile",
        "peer_training", "supervision"};
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("America/Chicago"));
    private final EmbeddedDataSource derby = new EmbeddedDataSource();
    private final PGSimpleDataSource postgres = TestPostgres.shared().createDatabase();

    @AfterEach
    void close() {
        TestPostgres.shared().dropDatabase(postgres.getDatabaseName());
        DerbyDatabase.shutdown(derby.getDatabaseName());
    }

    @Test
    void everyRowMovesOnceWithCountsIdenticalAndNewRowsTakeFreshIds() throws SQLException {
        PlatformSchema before = history();
        Map<String, Long> counts = counts(derby);
        assertThat(counts.get("audit_entry")).isEqualTo(40);

        FlywaySchemaMigrator migrator = new FlywaySchemaMigrator(postgres);
        migrator.moving(new SchemaMove(derby, postgres));
        PlatformSchema after = new PlatformSchema(postgres, migrator);
        assertThat(counts(postgres)).isEqualTo(counts);
        assertThat(new JdbcPeopleDirectory(after, clock).findByNamePrefix("Member 1", 20)).hasSize(11);

        JdbcAuditLog audit = new JdbcAuditLog(after, clock);
        audit.record("someone", "after.move", "x");
        assertThat(audit.recent(100)).hasSize(41);
        migrator.migrate(PlatformSchema.class, "platform");
        assertThat(counts(postgres).get("person")).as("moved once").isEqualTo(counts.get("person"));
        assertThat(new JdbcAccounts(after, clock, new JdbcPeopleDirectory(after, clock)).list())
                .hasSameSizeAs(new JdbcAccounts(before, clock, new JdbcPeopleDirectory(before, clock)).list());
    }

    @Test
    void aDatabaseThatAlreadyHoldsRecordsIsNotMovedInto() {
        history();
        FlywaySchemaMigrator plain = new FlywaySchemaMigrator(postgres);
        new JdbcPeopleDirectory(new PlatformSchema(postgres, plain), clock)
                .register("Already here", Optional.empty(), Optional.empty());
        FlywaySchemaMigrator migrator = new FlywaySchemaMigrator(postgres);
        migrator.moving(new SchemaMove(derby, postgres));
        assertThatThrownBy(() -> migrator.migrate(PlatformSchema.class, "platform"))
                .hasMessageContaining("already holds rows in PostgreSQL");
        assertThat(count(postgres, "person")).as("nothing half-moved").isEqualTo(1);
    }

    /** A Derby database with people, staff, roles and an audit trail. */
    private PlatformSchema history() {
        derby.setDatabaseName("memory:move-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        PlatformSchema schema = new PlatformSchema(derby, new FlywaySchemaMigrator(derby));
        JdbcPeopleDirectory people = new JdbcPeopleDirectory(schema, clock);
        JdbcAccounts accounts = new JdbcAccounts(schema, clock, people);
        JdbcAuditLog audit = new JdbcAuditLog(schema, clock);
        for (int i = 0; i < 20; i++) {
            Person member = people.register("Member " + i, Optional.empty(), Optional.of(i % 2 == 0 ? "en" : "es"));
            audit.record(member.id(), "signin.register", member.id());
            audit.record(member.id(), "visit", member.id());
            if (i < 3) {
                accounts.save(member.id(), Set.of(Role.PEER_STAFF, Role.VOLUNTEER), "2468");
            }
        }
        return schema;
    }

    private static Map<String, Long> counts(DataSource db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, count(db, table));
        }
        return counts;
    }

    private static long count(DataSource db, String table) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM platform." + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
