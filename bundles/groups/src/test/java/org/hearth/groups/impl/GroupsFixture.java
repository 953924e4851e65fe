package org.hearth.groups.impl;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Role;
import org.hearth.platform.impl.JdbcAccounts;
import org.hearth.platform.impl.JdbcAuditLog;
import org.hearth.platform.impl.JdbcPeopleDirectory;
import org.hearth.platform.impl.PlatformSchema;
import org.hearth.testkit.TestClock;
import org.hearth.testkit.TestDatabase;

/** The real platform services and this bundle's stores over a fresh in-memory Derby, at a time the test sets. */
final class GroupsFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");

    /** Wednesday 2 December 2026, 9:00 in Chicago. */
    final TestClock clock = new TestClock(Instant.parse("2026-12-02T15:00:00Z"), ZONE);
    final TestDatabase database = new TestDatabase();
    final JdbcPeopleDirectory people;
    final JdbcAccounts accounts;
    final JdbcAuditLog audit;
    final GroupsDatabase groupsDb;
    final GroupBook groups;
    final SessionBook sessions;
    final Attendance attendance;

    GroupsFixture() {
        PlatformSchema platform = new PlatformSchema(database.dataSource(), database.migrator());
        people = new JdbcPeopleDirectory(platform, clock);
        accounts = new JdbcAccounts(platform, clock, people);
        audit = new JdbcAuditLog(platform, clock);
        groupsDb = new GroupsDatabase(database.dataSource(), database.migrator());
        groups = new GroupBook(groupsDb);
        sessions = new SessionBook(groupsDb, groups, clock);
        attendance = new Attendance(groupsDb, clock);
    }

    GroupsServices services() {
        return new GroupsServices(groups, sessions, attendance, new GroupReport(groupsDb), people, accounts, audit);
    }

    /** A weekly SMART Recovery group on {@code day}, 18:00–19:30, facilitated by the given people. */
    long weekly(String name, DayOfWeek day, String... facilitators) {
        return groups.save(new Group(0, name, "smart", KindOfSupport.EMOTIONAL, new GroupSchedule(
                GroupSchedule.Frequency.WEEKLY, day, Optional.empty(), LocalTime.of(18, 0), LocalTime.of(19, 30)),
                Optional.of("Room 2"), true, "en", today(), false, List.of(facilitators)));
    }

    String member(String name) {
        return people.register(name, Optional.of("T"), Optional.empty()).id();
    }

    String staff(String name, Role role) {
        String id = member(name);
        accounts.save(id, EnumSet.of(role), "4321");
        return id;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    int count(String sql) {
        return groupsDb.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }


    @Override
    public void close() {
        database.close();
    }
}
