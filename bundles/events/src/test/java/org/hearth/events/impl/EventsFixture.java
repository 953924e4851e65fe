package org.hearth.events.impl;

import org.hearth.testkit.TestClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.hearth.api.KindOfSupport;
import org.hearth.platform.impl.JdbcAuditLog;
import org.hearth.platform.impl.JdbcPeopleDirectory;
import org.hearth.platform.impl.PlatformSchema;
import org.hearth.testkit.TestDatabase;

/** The real platform services and this bundle's stores over a fresh in-memory Derby, at a time the test sets. */
final class EventsFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");

    /** Wednesday 25 November 2026, 9:00 in Chicago. */
    final TestClock clock = new TestClock(Instant.parse("2026-11-25T15:00:00Z"), ZONE);
    final TestDatabase database = new TestDatabase();
    final JdbcPeopleDirectory people;
    final JdbcAuditLog audit;
    final EventsDatabase events;
    final EventStore store;
    final Schedule schedule;
    final RsvpBook rsvps;
    final AttendanceBook attendance;
    final Reports reports;

    EventsFixture() {
        PlatformSchema platform = new PlatformSchema(database.dataSource(), database.migrator());
        people = new JdbcPeopleDirectory(platform, clock);
        audit = new JdbcAuditLog(platform, clock);
        events = new EventsDatabase(database.dataSource(), database.migrator());
        store = new EventStore(events, clock);
        schedule = new Schedule(store, clock);
        rsvps = new RsvpBook(events, clock);
        attendance = new AttendanceBook(events, clock);
        reports = new Reports(schedule, attendance);
    }

    /** A one-off event, 18:00 to 20:00 local, on the given day and time. */
    static EventDraft draft(String title, LocalDateTime start, Optional<Integer> capacity, Recurrence recurrence) {
        return new EventDraft(title, Optional.of("Board games and pizza."), Optional.of("Main room"),
                KindOfSupport.AFFILIATIONAL, EnumSet.of(Tag.GAMES, Tag.FOOD), true, false, capacity, Optional.empty(),
                start, start.plusHours(2), recurrence);
    }

    int count(String sql) {
        return events.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        database.close();
    }

}
