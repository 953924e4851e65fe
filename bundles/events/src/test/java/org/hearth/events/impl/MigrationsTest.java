package org.hearth.events.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.hearth.testkit.PortableSql;
import org.hearth.testkit.TestClock;
import org.hearth.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The events migrations were rewritten in SQL that PostgreSQL accepts too. A database made by the files as they
 * shipped ({@code src/test/resources/db/shipped/events}) still starts, keeps its data and takes new migrations.
 */
@Tag("database")
class MigrationsTest {

    private static final String INDEXES = "SELECT COUNT(*) FROM SYS.SYSCONGLOMERATES c JOIN SYS.SYSSCHEMAS s"
            + " ON c.SCHEMAID = s.SCHEMAID WHERE s.SCHEMANAME = 'EVENTS' AND c.CONGLOMERATENAME IN"
            + " ('RSVP_OCCURRENCE', 'RSVP_PERSON', 'ATTENDANCE_OCCURRENCE', 'ATTENDANCE_PERSON')";

    private static final String PG_INDEXES = "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'events' AND indexname IN"
            + " ('rsvp_occurrence', 'rsvp_person', 'attendance_occurrence', 'attendance_person')";

    @Test
    void everyEventsMigrationIsSqlThatPostgreSqlAcceptsToo() {
        assertThat(PortableSql.problems(Path.of("src/main/resources/db/migration"))).isEmpty();
        assertThat(PortableSql.problems(Path.of("src/test/resources/db/shipped/events"))).as("as V1 shipped").hasSize(4);
    }

    /** {@code src/test/resources/db/shipped/events} holds the migrations as they shipped before they were rewritten. */
    @Test
    @DisabledIfSystemProperty(named = "hearth.test.database", matches = "postgresql",
            disabledReason = "the migrations as first shipped were Derby-only: only Derby installations have them")
    void aDatabaseMadeByTheShippedMigrationsStillStarts() {
        try (TestDatabase database = new TestDatabase()) {
            Flyway.configure().dataSource(database.dataSource()).schemas("EVENTS").table("SCHEMA_HISTORY")
                    .locations("classpath:db/shipped/events").load().migrate();
            org.jdbi.v3.core.Jdbi.create(database.dataSource()).useHandle(h -> h.execute("INSERT INTO events.event"
                    + " (title, kind, start_day, start_time, end_day, end_time, created_at, updated_at) VALUES ('Open mic',"
                    + " 'AFFILIATIONAL', '2026-11-27', '18:00:00', '2026-11-27', '20:00:00', CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)"));
            TestClock clock = new TestClock(Instant.parse("2026-11-25T15:00:00Z"), EventsFixture.ZONE);

            EventsDatabase after = new EventsDatabase(database.dataSource(), database.migrator());
            assertThat(new EventStore(after, clock).all()).extracting(e -> e.draft().title()).containsExactly("Open mic");
            assertThat(count(after, INDEXES)).isEqualTo(4);
            assertThat(count(after, "SELECT COUNT(*) FROM events.schema_history WHERE \"success\" = TRUE"
                    + " AND \"version\" = '1'")).isEqualTo(1);
        }
    }

    @Test
    void aNewDatabaseHasTheSameIndexesInTheEventsSchema() {
        try (TestDatabase database = new TestDatabase()) {
            EventsDatabase events = new EventsDatabase(database.dataSource(), database.migrator());
            assertThat(count(events, TestDatabase.postgresql() ? PG_INDEXES : INDEXES)).isEqualTo(4);
        }
    }

    private static int count(EventsDatabase events, String sql) {
        return events.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
