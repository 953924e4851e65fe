package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * kill -9 of the kiosk in the middle of a burst of sign-ins, three times: every sign-in the kiosk confirmed
 * is there after the restart, nothing appears that was never attempted, and Derby's table check passes.
 * Then a full disk: a kind message on screen, nothing lost or half-written, and the kiosk recovers by
 * itself once there is room again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurabilityIT {

    static final int ATTEMPTS = 300;
    static Kiosk kiosk;

    @BeforeAll
    static void start(@TempDir Path dir) {
        kiosk = Kiosk.install("durability").start();
        Fixtures.dropIn(Fixtures.benchDriver(dir), kiosk.home.resolve("deploy"));
        awaitDriver();
        assertThat(body("/bench/prefill?members=300&visits=3000&years=1")).contains("prefilled");
    }

    @AfterAll
    static void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    @Order(1)
    void confirmedSignInsSurviveAKillDashNine() {
        for (int round = 1; round <= 3; round++) {
            long before = visits();
            int confirmed = 0;
            try (Stream<String> lines = kiosk.lines("/bench/signin?sessions=4&members=300&count=" + ATTEMPTS
                    + "&seed=" + round)) {
                Iterator<String> it = lines.iterator();
                while (it.hasNext() && confirmed < 40 + round * 20) {
                    String line = it.next();
                    if (line.startsWith("confirmed ")) {
                        confirmed = Integer.parseInt(line.substring("confirmed ".length()));
                    }
                }
                kiosk.kill();
            } catch (RuntimeException closedByTheKill) {
                // the stream ends with the process
            }
            kiosk.start();
            awaitDriver();
            long after = visits();
            assertThat(after - before).as("round %d: confirmed %d", round, confirmed)
                    .isGreaterThanOrEqualTo(confirmed).isLessThanOrEqualTo(ATTEMPTS);
            List<String> checks = body("/bench/check").lines().filter(l -> l.startsWith("check ")).toList();
            assertThat(checks).isNotEmpty().allMatch(l -> l.endsWith(" 1"));
        }
    }

    @Test
    @Order(2)
    void aFullDiskShowsAKindMessageLosesNothingAndRecoversByItself() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/prlimit")), "util-linux prlimit is installed");
        long before = visits();
        assertThat(body("/bench/signin-once?member=1")).isEqualTo("confirmed\n");
        // no file of the kiosk may grow any more: to Derby and the logs, as good as a full disk
        prlimit("4096:unlimited");
        try {
            assertThat(body("/bench/signin-once?member=2")).startsWith("said: Sorry,").contains("front desk");
            JsonNode health = kiosk.health();
            assertThat(health.path("database").path("status").asString()).isEqualTo("DOWN");
            assertThat(health.path("database").path("error").asString()).contains("If the disk is full, free some space");
            assertThat(kiosk.get("/").statusCode()).isEqualTo(200);
        } finally {
            prlimit("unlimited:unlimited");
        }
        kiosk.waitFor(Duration.ofSeconds(60), h -> "UP".equals(h.path("database").path("status").asString()));
        assertThat(body("/bench/signin-once?member=3")).isEqualTo("confirmed\n");
        assertThat(visits()).isEqualTo(before + 2);
        List<String> checks = body("/bench/check").lines().filter(l -> l.startsWith("check ")).toList();
        assertThat(checks).isNotEmpty().allMatch(l -> l.endsWith(" 1"));
    }

    /** Sets the kiosk's file size limit (soft:hard), as the disk filling up and being freed would. */
    private static void prlimit(String limits) throws Exception {
        Process p = new ProcessBuilder("prlimit", "--pid", Long.toString(kiosk.pid()), "--fsize=" + limits)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
    }

    private static long visits() {
        return body("/bench/check").lines().filter(l -> l.startsWith("visits "))
                .mapToLong(l -> Long.parseLong(l.substring("visits ".length()))).findFirst().orElseThrow();
    }

    private static String body(String path) {
        return kiosk.get(path).body();
    }

    private static void awaitDriver() {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            if (kiosk.get("/bench/check").body().startsWith("visits")) {
                return;
            }
            Kiosk.sleep(100);
        }
        throw new AssertionError("The benchmark driver did not come up:\n" + kiosk.console());
    }
}
