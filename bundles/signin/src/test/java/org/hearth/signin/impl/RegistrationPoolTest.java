package org.hearth.signin.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hearth.platform.impl.DerbyDatabase;
import org.hearth.platform.impl.JdbcPeopleDirectory;
import org.hearth.platform.impl.PlatformSchema;
import org.hearth.testkit.TestClock;
import org.hearth.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Registrations against real Derby through the pool exactly as the platform builds it (8 connections, 2 s wait). */
@Tag("database")
class RegistrationPoolTest {

    private final TestDatabase database = new TestDatabase();
    private final HikariDataSource pool = DerbyDatabase.pool(database.dataSource());
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T15:00:00Z"), SignInFixture.ZONE);
    private final SignInDatabase signin = new SignInDatabase(pool, database.migrator());
    private final MemberBook members = new MemberBook(signin,
            new JdbcPeopleDirectory(new PlatformSchema(pool, database.migrator()), clock), new VisitBook(signin, clock), clock);

    @AfterEach
    void tearDown() {
        pool.close();
        database.close();
    }

    private static NewMember draft(String name) {
        return new NewMember(name, Optional.empty(), Optional.empty(), Optional.empty(), Tier.NAMED, Optional.empty());
    }

    /** Similar names take turns; none may keep a pooled connection while it waits for another. */
    @Test
    void moreRegistrationsOfSimilarNamesAtOnceThanPooledConnectionsAllFinish() throws Exception {
        int kiosks = 3 * pool.getMaximumPoolSize();
        ExecutorService threads = Executors.newFixedThreadPool(kiosks);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MemberBook.Outcome>> results = new ArrayList<>();
            for (int kiosk = 0; kiosk < kiosks; kiosk++) {
                String name = "Sam " + kiosk;
                results.add(threads.submit(() -> {
                    start.await();
                    return members.register(draft(name), Set.of());
                }));
            }
            start.countDown();
            for (Future<MemberBook.Outcome> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isInstanceOf(MemberBook.Outcome.Registered.class);
            }
        } finally {
            threads.shutdownNow();
        }
        int registered = signin.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM signin.member")
                .mapTo(Integer.class).one());
        assertThat(registered).isEqualTo(kiosks);
    }

    /** A kiosk that stopped in the middle of a registration does not keep its close names forever. */
    @Test
    void aClaimThatWasNeverGivenBackRunsOut() {
        assertThat(members.register(draft("Robin"), Set.of())).isInstanceOf(MemberBook.Outcome.Registered.class);
        signin.jdbi().useHandle(h -> h.createUpdate("UPDATE signin.name_lock SET claimed_by = 'stopped', claimed_until = ?")
                .bind(0, System.currentTimeMillis() + 300).execute());
        long started = System.nanoTime();
        assertThat(members.register(draft("Robyn"), Set.of())).isInstanceOf(MemberBook.Outcome.Registered.class);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(250);
    }
}
