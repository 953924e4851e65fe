package org.hearth.volunteers.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.hearth.testkit.PortableSql;
import org.hearth.testkit.TestClock;
import org.hearth.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The migrations are SQL both engines accept, and a schedule from before centers becomes the first host's. */
@Tag("database")
class MigrationsTest {

    @Test
    void everyMigrationIsSqlThatBothEnginesAccept() {
        assertThat(PortableSql.problems(Path.of("src/main/resources/db/migration"))).isEmpty();
    }

    @Test
    void aScheduleFromBeforeCentersIsTheFirstStartingKiosksWithItsClosedDays() throws SQLException {
        try (TestDatabase database = new TestDatabase()) {
            Flyway.configure().dataSource(database.dataSource()).schemas(stored(database, "volunteers"))
                    .table(stored(database, "schema_history")).locations("classpath:db/migration/volunteers").target("1")
                    .load().migrate();
            Jdbi.create(database.dataSource()).useHandle(h -> {
                h.execute("INSERT INTO volunteers.closed_day (closed_on, note) VALUES ('2026-12-24', 'Holiday')");
                h.execute("INSERT INTO volunteers.shift (shift_day, role_code, starts_at, ends_at, min_people,"
                        + " wanted_people, max_people) VALUES ('2026-12-22', 'kitchen', '2026-12-22 11:00:00',"
                        + " '2026-12-22 14:00:00', 1, 1, 2)");
            });

            VolunteersDatabase volunteers = new VolunteersDatabase(database.dataSource(), database.migrator());
            ShiftPlan north = new ShiftPlan(volunteers, new TestClock(Instant.parse("2026-12-07T15:00:00Z"),
                    VolunteersFixture.ZONE), "north");

            LocalDate christmasWeek = LocalDate.of(2026, 12, 21);
            assertThat(north.closedDays(christmasWeek, christmasWeek.plusDays(6))).containsExactly(LocalDate.of(2026, 12, 24));
            assertThat(north.staffing(christmasWeek, christmasWeek.plusDays(6))).hasSize(1);
            north.closeDay(LocalDate.of(2026, 12, 24), java.util.Optional.of("Holiday"));
            int closed = Jdbi.create(database.dataSource()).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM"
                    + " volunteers.center_closed_day WHERE center_id = 'north'").mapTo(Integer.class).one());
            assertThat(closed).as("closed once, at north").isEqualTo(1);
        }
    }

    private static String stored(TestDatabase database, String name) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            return c.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
        }
    }
}
