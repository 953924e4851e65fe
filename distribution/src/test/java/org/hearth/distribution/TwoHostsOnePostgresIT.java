package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.hearth.testkit.postgresql.TestPostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two Hearth hosts on loopback share one PostgreSQL database (two kiosks of one center, or two centers): members
 * sign in at both at the same moment on the real sign-in screen, and every sign-in is one visit — none lost, none
 * doubled — with the member records shared, not copied.
 */
class TwoHostsOnePostgresIT {

    @Test
    void signInsAtTwoHostsAtOnceAreEachKeptOnce() throws Exception {
        PGSimpleDataSource postgres = TestPostgres.shared().createDatabase();
        try (Kiosk first = onPostgres("first", postgres); Kiosk second = onPostgres("second", postgres)) {
            first.start();
            first.await("/bench/ready", "ready");
            first.slow("/bench/prefill?members=120&visits=0&years=1&seed=3");
            second.start();
            second.await("/bench/ready", "ready");
            String before = first.slow("/bench/tables");
            assertThat(before).contains("platform.person 120", "signin.visit 0");

            CompletableFuture<String> atFirst = CompletableFuture.supplyAsync(
                    () -> first.slow("/bench/signin?sessions=4&count=150&members=120&seed=1"));
            CompletableFuture<String> atSecond = CompletableFuture.supplyAsync(
                    () -> second.slow("/bench/signin?sessions=4&count=150&members=120&seed=2"));
            assertThat(atFirst.get()).contains("signins 150 sessions 4");
            assertThat(atSecond.get()).contains("signins 150 sessions 4");

            String after = first.slow("/bench/tables");
            assertThat(after).as("both hosts see the same records").isEqualTo(second.slow("/bench/tables"));
            assertThat(after).contains("platform.person 120", "signin.visit 300");
            assertThat(first.health().path("database").path("engine").asString()).isEqualTo("postgresql");
        } finally {
            TestPostgres.shared().dropDatabase(postgres.getDatabaseName());
        }
    }

    private static Kiosk onPostgres(String name, PGSimpleDataSource postgres) throws Exception {
        Kiosk kiosk = Kiosk.install(name).env("HEARTH_DATABASE_URL", TestPostgres.shared().url(postgres.getDatabaseName()))
                .env("HEARTH_DATABASE_USER", TestPostgres.shared().user());
        Path dir = Files.createDirectories(kiosk.home.resolve("fixtures"));
        Fixtures.dropIn(Fixtures.benchDriver(dir), kiosk.home.resolve("deploy"));
        return kiosk;
    }
}
