package org.hearth.signin.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Kiosks signing in at the same moment share a transaction, and one bad visit fails only itself. */
@Tag("database")
class SharedCommitTest {

    private final SignInFixture f = new SignInFixture();
    private final ExecutorService kiosks = Executors.newFixedThreadPool(8);

    @AfterEach
    void close() {
        kiosks.shutdownNow();
        f.close();
    }

    @Test
    void everyVisitOfKiosksSigningInTogetherIsRecordedOnceWithItsOwnId() throws Exception {
        List<Future<Visit>> visits = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String person = "person-" + (i % 50);
            visits.add(kiosks.submit(() -> f.visits.record(Optional.of(person), Set.of(Purpose.GROUP))));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Visit> visit : visits) {
            ids.add(visit.get(60, TimeUnit.SECONDS).id());
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit")).isEqualTo(200);
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit_purpose")).isEqualTo(200);
        assertThat(f.visits.inBuilding()).as("each member in the building once, by their last visit").hasSize(50);
    }

    @Test
    void aWorkThatFailsInASharedTransactionFailsAloneAndTheOthersAreCommitted() throws Exception {
        SharedCommit commits = new SharedCommit(f.signin.jdbi());
        CountDownLatch firstIsWriting = new CountDownLatch(1);
        CountDownLatch othersWait = new CountDownLatch(1);
        Future<Long> first = kiosks.submit(() -> commits.write(h -> {
            firstIsWriting.countDown();
            await(othersWait);
            return insert(h, "first");
        }));
        await(firstIsWriting);
        List<Future<Long>> others = new ArrayList<>();
        for (String reference : List.of("second", "x".repeat(500), "fourth")) {
            others.add(kiosks.submit(() -> commits.write(h -> insert(h, reference))));
        }
        Thread.sleep(300); // the three queue behind the first: they will share the next transaction
        othersWait.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isPositive();
        assertThat(others.get(0).get(30, TimeUnit.SECONDS)).isPositive();
        assertThat(others.get(2).get(30, TimeUnit.SECONDS)).isPositive();
        assertThat(kiosks.submit(() -> {
            try {
                others.get(1).get();
                return "saved";
            } catch (java.util.concurrent.ExecutionException e) {
                return "failed";
            }
        }).get()).as("a reference longer than its column").isEqualTo("failed");
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit")).isEqualTo(3);
    }

    private static long insert(org.jdbi.v3.core.Handle h, String reference) {
        return h.createUpdate("INSERT INTO signin.visit (visited_at, visit_day, reference, center_id)"
                        + " VALUES (CURRENT_TIMESTAMP, CURRENT_DATE, ?, 'main')")
                .bind(0, reference).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
