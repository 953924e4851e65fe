package org.hearth.volunteers.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two kiosks tap the last place of a shift at the same moment, a thousand times: never one over. */
@Tag("database")
class LastPlaceRaceTest {

    static final int RACES = 1000;

    @Test
    void aThousandRacesForTheLastPlaceNeverGoOver() throws Exception {
        try (VolunteersFixture f = new VolunteersFixture()) {
            String ana = f.volunteer("Ana");
            String ben = f.volunteer("Ben");
            List<Long> shifts = new ArrayList<>();
            for (int i = 0; i < RACES; i++) {
                shifts.add(f.shift(f.today().plusDays(2 + i), 1, 1, 1));
            }
            AtomicInteger refused = new AtomicInteger();
            ExecutorService kiosks = Executors.newFixedThreadPool(2);
            try {
                for (long shift : shifts) {
                    CountDownLatch go = new CountDownLatch(1);
                    Future<?> one = kiosks.submit(() -> race(f, go, shift, ana, refused));
                    Future<?> two = kiosks.submit(() -> race(f, go, shift, ben, refused));
                    go.countDown();
                    one.get();
                    two.get();
                }
            } finally {
                kiosks.shutdown();
            }
            assertThat(f.count("SELECT COUNT(*) FROM volunteers.assignment")).isEqualTo(RACES);
            assertThat(f.count("SELECT COUNT(*) FROM (SELECT shift_id FROM volunteers.assignment GROUP BY shift_id"
                    + " HAVING COUNT(*) > 1) t")).isZero();
            assertThat(refused.get()).as("every loser was told the shift is full").isEqualTo(RACES);
        }
    }

    private static void race(VolunteersFixture f, CountDownLatch go, long shift, String person, AtomicInteger refused) {
        try {
            go.await();
            f.book.pick(shift, person);
        } catch (Refusal r) {
            if (r.key().equals("error.shift.full")) {
                refused.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
