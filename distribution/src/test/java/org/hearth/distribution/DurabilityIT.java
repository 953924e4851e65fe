package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the kiosk in the middle of a burst of sign-ins, three times: every sign-in the kiosk confirmed
 * is there after the restart, nothing appears that was never attempted, and Derby's table check passes.
 */
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
