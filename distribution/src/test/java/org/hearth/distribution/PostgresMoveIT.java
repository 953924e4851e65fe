package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hearth.testkit.postgresql.TestPostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A kiosk that ran for a while on its embedded database moves to PostgreSQL with {@code bin/hearth
 * move-to-postgresql}: every table of every feature arrives with the same row count, the kiosk then works on
 * PostgreSQL (new records take fresh ids), and a later start moves nothing twice.
 */
class PostgresMoveIT {

    @Test
    void anInstallationMovesToPostgresqlWithEveryCountIdentical() throws Exception {
        PGSimpleDataSource postgres = TestPostgres.shared().createDatabase();
        try (Kiosk kiosk = Kiosk.install("move")) {
            Path dir = Files.createDirectories(kiosk.home.resolve("fixtures"));
            Fixtures.dropIn(Fixtures.benchDriver(dir), kiosk.home.resolve("deploy"));
            kiosk.start();
            assertThat(kiosk.health().path("database").path("engine").asString()).isEqualTo("derby");
            kiosk.await("/bench/ready", "ready");
            kiosk.slow("/bench/prefill?members=200&visits=3000&years=1&seed=5");
            kiosk.slow("/bench/volunteers?volunteers=8&shifts=20&runs=1");
            kiosk.slow("/bench/groups?groups=4&runs=1");
            String before = kiosk.slow("/bench/tables");
            assertThat(before).contains("signin.visit 3000", "platform.person ", "volunteers.", "groups.");
            assertThat(kiosk.stop()).as("a clean stop").isEqualTo(143);

            kiosk.env("HEARTH_DATABASE_URL", TestPostgres.shared().url(postgres.getDatabaseName()))
                    .env("HEARTH_DATABASE_USER", TestPostgres.shared().user()).args("move-to-postgresql").start();
            assertThat(kiosk.health().path("database").path("engine").asString()).isEqualTo("postgresql");
            kiosk.await("/bench/ready", "ready");
            assertThat(kiosk.slow("/bench/tables")).isEqualTo(before);
            assertThat(Files.readString(kiosk.home.resolve("logs/hearth.log")))
                    .contains("Database ready (PostgreSQL at 127.0.0.1:", "moved from the embedded database");

            assertThat(kiosk.slow("/bench/signin-once?member=3")).isNotBlank();
            assertThat(kiosk.stop()).as("a clean stop").isEqualTo(143);
            kiosk.args().start();
            kiosk.await("/bench/ready", "ready");
            assertThat(kiosk.waitFor(Duration.ofSeconds(30), h -> "UP".equals(h.path("status").asString()))
                    .path("database").path("engine").asString()).isEqualTo("postgresql");
            assertThat(kiosk.slow("/bench/tables")).as("moved once; the new visit kept")
                    .contains("signin.visit 3001").isNotEqualTo(before);
        } finally {
            TestPostgres.shared().dropDatabase(postgres.getDatabaseName());
        }
    }
}
