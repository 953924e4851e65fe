package org.hearth.supervision.impl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.AuditEntry;
import org.hearth.api.AuditLog;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeerProfile;
import org.hearth.api.PeerRole;
import org.hearth.api.Role;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.Training;
import org.hearth.api.Viewer;
import org.hearth.platform.impl.JdbcAccounts;
import org.hearth.platform.impl.JdbcAuditLog;
import org.hearth.platform.impl.JdbcPeerStaff;
import org.hearth.platform.impl.JdbcPeopleDirectory;
import org.hearth.platform.impl.JdbcSupervisionRelations;
import org.hearth.platform.impl.PlatformSchema;
import org.hearth.testkit.TestClock;
import org.hearth.testkit.TestDatabase;
import org.hearth.testkit.TestScheduler;

/**
 * The real platform services and this bundle's stores over a fresh in-memory Derby, at a time the test sets: Sam
 * supervises Pat (a recovery coach) and Ali (an associate), with Bea as the named backup.
 */
final class SupervisionFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");

    /** Monday 7 December 2026, 9:00 in Chicago. */
    final TestClock clock = new TestClock(Instant.parse("2026-12-07T15:00:00Z"), ZONE);
    final TestDatabase database = new TestDatabase();
    final JdbcPeopleDirectory people;
    final JdbcAccounts accounts;
    final JdbcPeerStaff peers;
    final JdbcSupervisionRelations relations;
    final SwitchableAudit audit;
    final TestScheduler scheduler = new TestScheduler(clock);
    final SupervisionDatabase supervision;
    final SupervisionSettings settings = new SupervisionSettings(Map.of());
    final Access access;
    final Topics topics;
    final SupervisionLog log;
    final Cadence cadence;
    final Plans plans;
    final Viewer coordinator;
    final Viewer sam;
    final Viewer bea;
    final Viewer pat;
    final Viewer ali;

    SupervisionFixture() {
        PlatformSchema platform = new PlatformSchema(database.dataSource(), database.migrator());
        people = new JdbcPeopleDirectory(platform, clock);
        accounts = new JdbcAccounts(platform, clock, people);
        peers = new JdbcPeerStaff(platform, people);
        relations = new JdbcSupervisionRelations(platform, people);
        audit = new SwitchableAudit(new JdbcAuditLog(platform, clock));
        supervision = new SupervisionDatabase(database.dataSource(), database.migrator());
        access = new Access(relations);
        topics = new Topics(supervision, audit);
        log = new SupervisionLog(supervision, access, topics, audit, clock);
        cadence = new Cadence(log, peers, settings, access, clock);
        plans = new Plans(supervision, access, audit, clock);
        coordinator = person("Dana", EnumSet.of(Role.COORDINATOR), Optional.empty());
        sam = person("Sam", EnumSet.of(Role.SUPERVISOR), Optional.empty());
        bea = person("Bea", EnumSet.of(Role.SUPERVISOR), Optional.empty());
        pat = person("Pat", EnumSet.of(Role.PEER_STAFF, Role.VOLUNTEER), Optional.of(PeerRole.RECOVERY_COACH));
        ali = person("Ali", EnumSet.of(Role.PEER_STAFF), Optional.of(PeerRole.RECOVERY_ASSOCIATE));
        supervise(pat, sam, Optional.of(bea));
        supervise(ali, sam, Optional.empty());
    }

    /** A person with an account holding these roles, as the viewer they are when signed in. */
    Viewer person(String name, Set<Role> roles, Optional<PeerRole> peerRole) {
        String id = people.register(name, Optional.empty(), Optional.empty()).id();
        accounts.save(id, roles, "4321");
        peerRole.ifPresent(r -> peers.save(new PeerProfile(id, r,
                List.of(new Training("Recovery coach academy", LocalDate.of(2025, 3, 1))))));
        return new Viewer(roles, Optional.of(id), Optional.of(name));
    }

    void supervise(Viewer peer, Viewer supervisor, Optional<Viewer> backup) {
        relations.assign(coordinator, new SupervisionRelation(id(peer), id(supervisor), backup.map(SupervisionFixture::id)));
    }

    static String id(Viewer viewer) {
        return viewer.personId().orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void advance(Duration by) {
        clock.advance(by);
    }

    /** A log draft for a session on {@code day} about boundaries. */
    LogDraft draft(LocalDate day) {
        LogDraft d = new LogDraft();
        d.metOn = day;
        d.minutes = 50;
        d.topics.add("boundaries");
        d.notes = "Talked about saying no kindly.";
        d.nextSteps = "Try it at the front desk.";
        return d;
    }

    SupervisionServices services() {
        return new SupervisionServices(access, topics, log, cadence, plans, people, peers);
    }

    SupervisionView supervision(Viewer viewer, Locale locale) {
        return new SupervisionView(services(), new Context(viewer, locale));
    }

    MySupervisionView mine(Viewer viewer, Locale locale) {
        return new MySupervisionView(services(), new Context(viewer, locale));
    }

    int count(String sql) {
        return supervision.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /** What the kiosk hands a view: the viewer, the language, and the PIN as recently given (or asked and given). */
    static final class Context implements ModuleContext {
        final Viewer viewer;
        final Locale locale;
        int pinAsked;
        boolean pinGiven = true;

        Context(Viewer viewer, Locale locale) {
            this.viewer = viewer;
            this.locale = locale;
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
        }

        @Override
        public void confirmPin(Duration within, Runnable then) {
            pinAsked++;
            if (pinGiven && within.equals(Duration.ofMinutes(15))) {
                then.run();
            }
        }
    }

    /** The real audit log, which a test can make fail. */
    static final class SwitchableAudit implements AuditLog {
        private final AuditLog real;
        volatile boolean failing;

        SwitchableAudit(AuditLog real) {
            this.real = real;
        }

        @Override
        public void record(String actorId, String action, String subject) {
            if (failing) {
                throw new IllegalStateException("the audit log is unavailable");
            }
            real.record(actorId, action, subject);
        }

        @Override
        public List<AuditEntry> recent(int limit) {
            return real.recent(limit);
        }

        @Override
        public List<AuditEntry> about(String subject) {
            return real.about(subject);
        }
    }

    @Override
    public void close() {
        scheduler.stop();
        database.close();
    }
}
