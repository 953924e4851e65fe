package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.hearth.testkit.postgresql.TestPostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two centers' Hearth hosts on loopback share one PostgreSQL database: 40 members of the north center choose at the
 * south kiosk to be known there too (their key tag scanned, "yes"), then members sign in at both at the same moment
 * on the real sign-in screen. Every sign-in is one visit — none lost, none doubled — the member records are shared,
 * not copied, each center counts its own visits, and the network report counts each person once.
 */
class TwoHostsOnePostgresIT {

    @Test
    void signInsAtTwoHostsAtOnceAreEachKeptOnce() throws Exception {
        PGSimpleDataSource postgres = TestPostgres.shared().createDatabase();
        try (Kiosk first = onPostgres("first", postgres).env("HEARTH_CENTER_ID", "north");
             Kiosk second = onPostgres("second", postgres).env("HEARTH_CENTER_ID", "south")) {
            first.start();
            first.await("/bench/ready", "ready");
            first.slow("/bench/prefill?members=120&visits=0&years=1&seed=3");
            second.start();
            second.await("/bench/ready", "ready");
            String before = first.slow("/bench/tables");
            assertThat(before).contains("platform.person 120", "signin.visit 0");
            assertThat(second.slow("/bench/signin-once?member=0")).as("not known in the south yet")
                    .doesNotContain("confirmed");
            assertThat(first.slow("/bench/keytags?members=40")).contains("tagged 40");
            assertThat(second.slow("/bench/join?members=40")).contains("joined 40");

            CompletableFuture<String> atFirst = CompletableFuture.supplyAsync(
                    () -> first.slow("/bench/signin?sessions=4&count=150&members=120&seed=1"));
            CompletableFuture<String> atSecond = CompletableFuture.supplyAsync(
                    () -> second.slow("/bench/signin?sessions=4&count=150&members=40&seed=2"));
            assertThat(atFirst.get()).contains("signins 150 sessions 4");
            assertThat(atSecond.get()).contains("signins 150 sessions 4");

            String after = first.slow("/bench/tables");
            assertThat(after).as("both hosts see the same records").isEqualTo(second.slow("/bench/tables"));
            assertThat(after).contains("platform.person 120", "platform.person_center 160", "signin.visit 340");
            assertCountedOnceInTheNetwork(first.slow("/bench/centers"));
            assertThat(second.slow("/bench/centers")).as("the same figures from either host")
                    .isEqualTo(first.slow("/bench/centers"));
            assertThat(first.health().path("database").path("engine").asString()).isEqualTo("postgresql");
        } finally {
            TestPostgres.shared().dropDatabase(postgres.getDatabaseName());
        }
    }

    /** North's visits are 150, south's 190 (40 joined, 150 after); the network's people are the table's distinct. */
    private static void assertCountedOnceInTheNetwork(String figures) {
        assertThat(figures).contains("board north people", "board south people 40 visits 190",
                "board network people");
        assertThat(figures).containsPattern("board north people \\d+ visits 150");
        assertThat(figures).containsPattern("board network people \\d+ visits 340");
        int north = number(figures, "board north people (\\d+)");
        int network = number(figures, "board network people (\\d+)");
        assertThat(network).as("each person once").isEqualTo(number(figures, "table network people (\\d+)"))
                .isLessThan(north + 40).isGreaterThanOrEqualTo(Math.max(north, 40));
    }

    private static int number(String text, String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as(pattern).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static Kiosk onPostgres(String name, PGSimpleDataSource postgres) throws Exception {
        Kiosk kiosk = Kiosk.install(name).env("HEARTH_DATABASE_URL", TestPostgres.shared().url(postgres.getDatabaseName()))
                .env("HEARTH_DATABASE_USER", TestPostgres.shared().user());
        Path dir = Files.createDirectories(kiosk.home.resolve("fixtures"));
        Fixtures.dropIn(Fixtures.benchDriver(dir), kiosk.home.resolve("deploy"));
        return kiosk;
    }
}
