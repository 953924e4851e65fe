package org.hearth.signin.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.hearth.platform.impl.JdbcPeopleDirectory;
import org.hearth.platform.impl.PlatformSchema;
import org.hearth.testkit.PortableSql;
import org.hearth.testkit.TestClock;
import org.hearth.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** The migrations are SQL that PostgreSQL accepts too, and rewriting them for that broke no existing database. */
@Tag("database")
class MigrationsTest {

    @Test
    void everyMigrationOfSignInAndThePlatformIsSqlThatPostgreSqlAcceptsToo() {
        assertThat(PortableSql.problems(Path.of("src/main/resources/db/migration"))).isEmpty();
        assertThat(PortableSql.problems(Path.of("../platform/src/main/resources/db/migration"))).isEmpty();
        assertThat(PortableSql.problems(Path.of("src/test/resources/db/shipped/signin"))).as("as V5 shipped")
                .hasSize(2).allMatch(p -> p.startsWith("V5__counts.sql: "));
    }

    /** {@code src/test/resources/db/shipped/signin} holds the migrations as they shipped before they were rewritten. */
    @Test
    @DisabledIfSystemProperty(named = "hearth.test.database", matches = "postgresql",
            disabledReason = "the migrations as first shipped were Derby-only: only Derby installations have them")
    void aDatabaseMadeByTheShippedMigrationsStillStartsAndTakesTheNewOnes() {
        try (TestDatabase database = new TestDatabase()) {
            Flyway.configure().dataSource(database.dataSource()).schemas("SIGNIN").table("SCHEMA_HISTORY")
                    .locations("classpath:db/shipped/signin").load().migrate();
            Jdbi.create(database.dataSource()).useHandle(h -> {
                h.execute("INSERT INTO signin.visit (visited_at, visit_day) VALUES (CURRENT_TIMESTAMP, '2026-11-20')");
                h.execute("INSERT INTO signin.visit_purpose (visit_id, purpose, visit_day)"
                        + " SELECT id, 'GROUP', visit_day FROM signin.visit");
            });

            TestClock clock = new TestClock(Instant.parse("2026-11-25T15:00:00Z"), SignInFixture.ZONE);
            SignInDatabase signin = new SignInDatabase(database.dataSource(), database.migrator());
            MemberBook members = new MemberBook(signin, new JdbcPeopleDirectory(
                    new PlatformSchema(database.dataSource(), database.migrator()), clock), new VisitBook(signin, clock), clock);

            assertThat(count(signin, "SELECT COUNT(*) FROM signin.schema_history WHERE \"success\" = TRUE"
                    + " AND \"version\" IS NOT NULL")).isEqualTo(9);
            assertThat(count(signin, "SELECT COUNT(*) FROM signin.visit_purpose WHERE visit_day IS NOT NULL")).isEqualTo(1);
            assertThat(members.register(new NewMember("Quinn", Optional.empty(), Optional.empty(), Optional.empty(),
                    Tier.NAMED, Optional.empty()), Set.of())).isInstanceOf(MemberBook.Outcome.Registered.class);
        }
    }

    private static int count(SignInDatabase signin, String sql) {
        return signin.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
