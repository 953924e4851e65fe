package org.hearth.coaching.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.PeerProfile;
import org.hearth.api.PeerRole;
import org.hearth.api.Role;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.Viewer;
import org.hearth.platform.impl.JdbcAccounts;
import org.hearth.platform.impl.JdbcAuditLog;
import org.hearth.platform.impl.JdbcPeerStaff;
import org.hearth.platform.impl.JdbcPeopleDirectory;
import org.hearth.platform.impl.JdbcSupervisionRelations;
import org.hearth.platform.impl.PlatformSchema;
import org.hearth.testkit.TestClock;
import org.hearth.testkit.TestDatabase;

/** The real platform services and this bundle's stores over a fresh in-memory Derby, at a time the test sets. */
final class CoachingFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final Viewer COORDINATOR = Viewer.staff(Role.COORDINATOR, "coordinator", "Dana");

    /** Wednesday 2 December 2026, 9:00 in Chicago. */
    final TestClock clock = new TestClock(Instant.parse("2026-12-02T15:00:00Z"), ZONE);
    final TestDatabase database = new TestDatabase();
    final JdbcPeopleDirectory people;
    final JdbcAccounts accounts;
    final JdbcAuditLog audit;
    final JdbcPeerStaff peers;
    final JdbcSupervisionRelations relations;
    final CoachingDatabase coachingDb;
    final Pairings pairings;
    final PlanBook plans;
    final ContactBook contacts;
    final MemberPins pins;
    final Resources resources;
    final CheckupCalls calls;
    final SelfChecks checks;

    CoachingFixture() {
        PlatformSchema platform = new PlatformSchema(database.dataSource(), database.migrator());
        people = new JdbcPeopleDirectory(platform, clock);
        accounts = new JdbcAccounts(platform, clock, people);
        audit = new JdbcAuditLog(platform, clock);
        peers = new JdbcPeerStaff(platform, people);
        relations = new JdbcSupervisionRelations(platform, people);
        coachingDb = new CoachingDatabase(database.dataSource(), database.migrator());
        pairings = new Pairings(coachingDb);
        plans = new PlanBook(coachingDb);
        contacts = new ContactBook(coachingDb);
        pins = new MemberPins(coachingDb, clock);
        resources = new Resources(coachingDb);
        calls = new CheckupCalls(coachingDb, pairings);
        checks = new SelfChecks(coachingDb);
        // the volunteers feature says who serves in outreach calls; here, everyone the test names
        consent.bindDuties((person, duty) -> outreach.contains(person) && duty.equals(org.hearth.api.Duties.OUTREACH_CALLS));
    }

    /** Who the volunteers feature would say serves in outreach calls. */
    final java.util.Set<String> outreach = new java.util.HashSet<>();
    final Consent consent = new Consent();

    CoachingServices services() {
        return new CoachingServices(pairings, plans, contacts, pins, resources, calls, checks, people, peers, relations,
                audit, clock, consent);
    }

    String member(String name) {
        return people.register(name, Optional.of("T"), Optional.empty()).id();
    }

    String staff(String name, Role... roles) {
        String id = member(name);
        accounts.save(id, EnumSet.of(roles[0], roles), "4321");
        return id;
    }

    /** A recovery coach with a staff account. */
    String coach(String name) {
        String id = staff(name, Role.PEER_STAFF);
        peers.save(new PeerProfile(id, PeerRole.RECOVERY_COACH, List.of()));
        return id;
    }

    void supervise(String supervisorId, String coachId) {
        relations.assign(COORDINATOR, new SupervisionRelation(coachId, supervisorId, Optional.empty()));
    }

    Viewer viewer(String personId) {
        return Viewer.staff(accounts.find(personId).orElseThrow());
    }

    /** A first plan with one housing goal, as the coach writes it with the member. */
    Plan plan(String memberId, String coachId, String strengths) {
        return new Plan(memberId, 0, strengths, "My kids", "Tuesday SMART group", List.of(new Goal(LifeDomain.HOUSING,
                "A place of my own", "Call the housing office", Optional.of(today().plusDays(14)), Optional.empty())),
                Cadence.nextReview(today()), today(), false, coachId);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    int count(String sql) {
        return coachingDb.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    record Context(Viewer viewer, Locale locale) implements org.hearth.api.ModuleContext {
        @Override
        public void finish() {
        }

        @Override
        public void confirmPin(java.time.Duration within, Runnable then) {
            then.run();
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
