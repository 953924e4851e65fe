package org.hearth.signin.impl;

import org.hearth.testkit.TestClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.ModuleContext;
import org.hearth.api.Viewer;
import org.hearth.platform.impl.JdbcAuditLog;
import org.hearth.api.Center;
import org.hearth.platform.impl.JdbcPeopleDirectory;
import org.hearth.platform.impl.PlatformCenters;
import org.hearth.platform.impl.PlatformSchema;
import org.hearth.testkit.TestDatabase;

/** The real platform services and this bundle's stores over a fresh in-memory Derby, at a fixed time. */
final class SignInFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");

    final TestClock clock = new TestClock(Instant.parse("2026-11-25T15:00:00Z"), ZONE);
    final TestDatabase database = new TestDatabase();
    final JdbcPeopleDirectory people;
    final JdbcAuditLog audit;
    final SignInDatabase signin;
    final VisitBook visits;
    final MemberBook members;
    final TalkRequests talk;
    final TodayOfferings offerings;
    final VisitCounts counts;
    final PlatformCenters centers;
    final PlatformSchema platform;

    SignInFixture() {
        platform = new PlatformSchema(database.dataSource(), database.migrator());
        centers = new PlatformCenters(platform, clock, new Center("main", "Hearth"));
        people = new JdbcPeopleDirectory(platform, clock, centers);
        audit = new JdbcAuditLog(platform, clock);
        signin = new SignInDatabase(database.dataSource(), database.migrator());
        visits = new VisitBook(signin, clock);
        members = new MemberBook(signin, people, visits, clock);
        talk = new TalkRequests(signin, clock);
        offerings = new TodayOfferings(clock);
        counts = new VisitCounts(signin, clock);
    }

    SignInServices services() {
        return new SignInServices(people, members, visits, talk, offerings, centers);
    }

    int count(String sql) {
        return signin.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        database.close();
    }

    /** A module context for view tests: counts finish() calls and may carry a scanned code. */
    static final class Context implements ModuleContext {
        final Viewer viewer;
        final Optional<String> scan;
        final Locale locale;
        int finished;

        Context(Viewer viewer, Optional<String> scan, Locale locale) {
            this.viewer = viewer;
            this.scan = scan;
            this.locale = locale;
        }

        static Context visitor() {
            return new Context(Viewer.VISITOR, Optional.empty(), Locale.ENGLISH);
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public Viewer viewer() {
            return viewer;
        }

        @Override
        public void finish() {
            finished++;
        }

        @Override
        public Optional<String> scannedCode() {
            return scan;
        }
    }
}
