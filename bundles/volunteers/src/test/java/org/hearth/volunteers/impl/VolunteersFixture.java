package org.hearth.volunteers.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.PeerProfile;
import org.hearth.api.PeerRole;
import org.hearth.api.Role;
import org.hearth.api.Training;
import org.hearth.platform.impl.JdbcAccounts;
import org.hearth.platform.impl.JdbcAuditLog;
import org.hearth.platform.impl.JdbcPeerStaff;
import org.hearth.platform.impl.JdbcPeopleDirectory;
import org.hearth.platform.impl.PlatformSchema;
import org.hearth.testkit.TestClock;
import org.hearth.testkit.TestDatabase;
import org.hearth.testkit.TestScheduler;

/** The real platform services and this bundle's stores over a fresh in-memory Derby, at a time the test sets. */
final class VolunteersFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");

    /** Monday 7 December 2026, 9:00 in Chicago. */
    final TestClock clock = new TestClock(Instant.parse("2026-12-07T15:00:00Z"), ZONE);
    final TestDatabase database = new TestDatabase();
    final JdbcPeopleDirectory people;
    final JdbcAccounts accounts;
    final JdbcPeerStaff peers;
    final JdbcAuditLog audit;
    final TestScheduler scheduler = new TestScheduler(clock);
    final VolunteersDatabase volunteers;
    final ShiftSettings settings = new ShiftSettings(Map.of());
    final RoleList roles;
    final Candidates candidates;
    final ShiftPlan plan;
    final ShiftBook book;
    final Timeclock timeclock;
    final CalendarLinks links;
    final StipendLedger ledger;
    final HoursBook hours;

    VolunteersFixture() {
        PlatformSchema platform = new PlatformSchema(database.dataSource(), database.migrator());
        people = new JdbcPeopleDirectory(platform, clock);
        accounts = new JdbcAccounts(platform, clock, people);
        peers = new JdbcPeerStaff(platform, people);
        audit = new JdbcAuditLog(platform, clock);
        volunteers = new VolunteersDatabase(database.dataSource(), database.migrator());
        roles = new RoleList(volunteers);
        candidates = new Candidates(people, accounts, peers, clock);
        plan = new ShiftPlan(volunteers, clock);
        book = new ShiftBook(volunteers, plan, roles, candidates, settings);
        timeclock = new Timeclock(volunteers, plan, book, settings, scheduler);
        links = new CalendarLinks(volunteers, clock);
        ledger = new StipendLedger(volunteers, new StipendRules(Map.of("role.front_desk", "hourly 12.50")), clock);
        hours = new HoursBook(volunteers, settings, ledger, clock);
    }

    /** A volunteer with an account, registered a year before the fixture's day. */
    String volunteer(String name) {
        return person(name, EnumSet.of(Role.VOLUNTEER), Optional.empty());
    }

    String person(String name, java.util.Set<Role> accountRoles, Optional<PeerRole> peerRole) {
        Instant now = clock.instant();
        clock.set(now.minus(java.time.Duration.ofDays(365)));
        String id = people.register(name, Optional.empty(), Optional.empty()).id();
        clock.set(now);
        accounts.save(id, accountRoles, "4321");
        peerRole.ifPresent(r -> peers.save(new PeerProfile(id, r,
                List.of(new Training("Recovery coach academy", LocalDate.of(2025, 3, 1))))));
        return id;
    }

    /** A one-off front-desk shift on the given day, 10:00 to 14:00, for min/wanted/max people. */
    long shift(LocalDate day, int min, int wanted, int max) {
        return shift("front_desk", day.atTime(10, 0), day.atTime(14, 0), new Shift.People(min, wanted, max));
    }

    long shift(String role, LocalDateTime start, LocalDateTime end, Shift.People people) {
        return plan.addOneOff(role, Optional.of("Front room"), start, end, people);
    }

    /** This bundle's stores as another center's host on the same database keeps them. */
    record AtCenter(RoleList roles, ShiftPlan plan, ShiftBook book, Timeclock timeclock, StipendLedger ledger,
                    HoursBook hours) {
    }

    AtCenter at(String center) {
        RoleList itsRoles = new RoleList(volunteers, center);
        ShiftPlan there = new ShiftPlan(volunteers, clock, center);
        ShiftBook itsBook = new ShiftBook(volunteers, there, itsRoles, candidates, settings);
        StipendLedger itsLedger = new StipendLedger(volunteers, ledger.rules(), clock, center);
        return new AtCenter(itsRoles, there, itsBook, new Timeclock(volunteers, there, itsBook, settings, scheduler), itsLedger,
                new HoursBook(volunteers, settings, itsLedger, clock));
    }

    VolunteersServices services() {
        return new VolunteersServices(plan, book, timeclock, roles, candidates, links, audit,
                new StipendServices(hours, ledger, candidates, roles, audit));
    }


    LocalDate today() {
        return plan.today();
    }

    int count(String sql) {
        return volunteers.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        scheduler.stop();
        database.close();
    }
}
