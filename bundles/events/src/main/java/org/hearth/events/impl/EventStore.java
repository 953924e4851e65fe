package org.hearth.events.impl;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.Centers;
import org.hearth.api.CountScope;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.LoggerFactory;

/**
 * The saved events and series, and the occurrences of a series that differ, in the {@code events} schema.
 * Every change is checked by {@link EventRules} first and commits before returning. Each event belongs to the
 * center where it was made; the lists are this center's, a look-up by id finds any. Thread-safe.
 */
@Component(service = EventStore.class, immediate = true)
public class EventStore {

    private static final String COLUMNS = "id, title, description, place, kind, tags, child_care, transport, capacity,"
            + " organiser_id, start_day, start_time, end_day, end_time, rrule, cancelled, cancel_note";

    /** The center of a single kiosk that was given no {@code hearth.center.id}. */
    static final String DEFAULT_CENTER = "main";

    private final Jdbi jdbi;
    private final Clock clock;
    private final String here;

    @Activate
    public EventStore(@Reference EventsDatabase database, @Reference Clock clock, @Reference Centers centers) {
        this(database, clock, centers.here().id());
    }

    /** For tests: a single kiosk at the default center. */
    public EventStore(EventsDatabase database, Clock clock) {
        this(database, clock, DEFAULT_CENTER);
    }

    /** The events of center {@code here}. */
    EventStore(EventsDatabase database, Clock clock, String here) {
        this.jdbi = database.jdbi();
        this.clock = clock;
        this.here = here;
        adoptEventsOfNoCenter();
    }

    /** Events made before centers existed were the one center's: this kiosk's. */
    private void adoptEventsOfNoCenter() {
        int adopted = jdbi.withHandle(h -> h.createUpdate("UPDATE events.event SET center_id = ?"
                + " WHERE center_id IS NULL").bind(0, here).execute());
        if (adopted > 0) {
            LoggerFactory.getLogger(EventStore.class).info("{} events from before centers are now center {}'s", adopted,
                    here);
        }
    }

    /** The id of the center whose events these are. */
    String center() {
        return here;
    }

    /** The center's time zone (the clock's). */
    ZoneId zone() {
        return clock.getZone();
    }

    /** Saves a new event or series; returns its id. */
    public long create(EventDraft raw) {
        EventDraft draft = EventRules.check(raw, zone());
        Timestamp now = Timestamp.from(clock.instant());
        return jdbi.withHandle(h -> bindDraft(h.createUpdate("INSERT INTO events.event (title, description, place, kind,"
                        + " tags, child_care, transport, capacity, organiser_id, start_day, start_time, end_day, end_time,"
                        + " rrule, created_at, updated_at, center_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), draft)
                .bind(14, now).bind(15, now).bind(16, here)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    /** Changes an event, or every occurrence of a series (dates changed one by one keep their changes). */
    public void update(long id, EventDraft raw) {
        EventDraft draft = EventRules.check(raw, zone());
        int updated = jdbi.withHandle(h -> bindDraft(h.createUpdate("UPDATE events.event SET title = ?, description = ?,"
                        + " place = ?, kind = ?, tags = ?, child_care = ?, transport = ?, capacity = ?, organiser_id = ?,"
                        + " start_day = ?, start_time = ?, end_day = ?, end_time = ?, rrule = ?, updated_at = ?"
                        + " WHERE id = ?"), draft)
                .bind(14, Timestamp.from(clock.instant())).bind(15, id).execute());
        if (updated == 0) {
            throw new IllegalArgumentException("error.event.gone");
        }
    }

    /** Cancels an event or a whole series; it still shows, with the notice. */
    public void cancel(long id, String note) {
        Optional<String> notice = EventRules.note(note);
        setCancelled(id, true, notice);
    }

    /** Takes a cancellation back. */
    public void restore(long id) {
        setCancelled(id, false, Optional.empty());
    }

    private void setCancelled(long id, boolean cancelled, Optional<String> note) {
        int updated = jdbi.withHandle(h -> h.createUpdate("UPDATE events.event SET cancelled = ?, cancel_note = ?,"
                        + " updated_at = ? WHERE id = ?")
                .bind(0, cancelled).bind(1, note.orElse(null)).bind(2, Timestamp.from(clock.instant())).bind(3, id)
                .execute());
        if (updated == 0) {
            throw new IllegalArgumentException("error.event.gone");
        }
    }

    /** Saves how one occurrence of a series differs (replacing what was saved for it before). */
    public void change(OccurrenceChange change) {
        Optional<String> title = change.title().map(t -> EventRules.required(t, EventRules.TITLE_MAX, "error.title"));
        Optional<String> description = EventRules.optional(change.description(), EventRules.DESCRIPTION_MAX,
                "error.description.long", true);
        Optional<String> place = EventRules.optional(change.place(), EventRules.PLACE_MAX, "error.place.long", false);
        Optional<String> note = EventRules.note(change.note().orElse(""));
        if (change.start().isPresent() != change.end().isPresent()) {
            throw new IllegalArgumentException("error.time.missing");
        }
        if (change.start().isPresent()) {
            EventRules.times(change.start().get(), change.end().get(), zone());
            long shift = Math.abs(change.start().get().toLocalDate().toEpochDay() - change.key().occursOn().toEpochDay());
            if (shift > EventRules.MAX_SHIFT_DAYS) {
                throw new IllegalArgumentException("error.time.shift");
            }
        }
        OccurrenceKey key = change.key();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM events.occurrence_change WHERE event_id = ? AND occurs_on = ?")
                    .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).execute();
            h.createUpdate("INSERT INTO events.occurrence_change (event_id, occurs_on, skipped, cancelled, cancel_note,"
                            + " title, description, place, start_day, start_time, end_day, end_time)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn()))
                    .bind(2, change.skipped()).bind(3, change.cancelled()).bind(4, note.orElse(null))
                    .bind(5, title.orElse(null)).bind(6, description.orElse(null)).bind(7, place.orElse(null))
                    .bind(8, change.start().map(t -> Date.valueOf(t.toLocalDate())).orElse(null))
                    .bind(9, change.start().map(t -> Time.valueOf(t.toLocalTime())).orElse(null))
                    .bind(10, change.end().map(t -> Date.valueOf(t.toLocalDate())).orElse(null))
                    .bind(11, change.end().map(t -> Time.valueOf(t.toLocalTime())).orElse(null))
                    .execute();
        });
    }

    /** Forgets how one occurrence differed: it is as the series says again. */
    public void restore(OccurrenceKey key) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM events.occurrence_change WHERE event_id = ? AND occurs_on = ?")
                .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).execute());
    }

    /** How one occurrence differs, if it does. */
    public Optional<OccurrenceChange> changeOf(OccurrenceKey key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM events.occurrence_change WHERE event_id = ? AND occurs_on = ?")
                .bind(0, key.eventId()).bind(1, Date.valueOf(key.occursOn())).map((rs, ctx) -> EventRows.change(rs)).findOne());
    }

    public Optional<Event> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM events.event WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> EventRows.event(rs)).findOne());
    }

    /** This center's events that may have an occurrence between the two dates (series, and one-offs near them). */
    public List<Event> around(LocalDate from, LocalDate to) {
        return around(from, to, CountScope.of(here));
    }

    /** {@link #around(LocalDate, LocalDate)} for one center or the whole network. */
    List<Event> around(LocalDate from, LocalDate to, CountScope scope) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT " + COLUMNS + " FROM events.event WHERE "
                    + (scope.network() ? "" : "center_id = :center AND ") + "start_day <= :last"
                    + " AND (rrule IS NOT NULL OR end_day >= :first) ORDER BY start_day, start_time, id")
                    .bind("last", Date.valueOf(to.plusDays(EventRules.MAX_SHIFT_DAYS)))
                    .bind("first", Date.valueOf(from.minusDays(EventRules.MAX_SHIFT_DAYS)));
            scope.center().ifPresent(center -> query.bind("center", center));
            return query.map((rs, ctx) -> EventRows.event(rs)).list();
        });
    }

    /** The changed occurrences of the given events, by key. */
    Map<OccurrenceKey, OccurrenceChange> changes(Handle h, LocalDate from, LocalDate to) {
        Map<OccurrenceKey, OccurrenceChange> changes = new HashMap<>();
        h.createQuery("SELECT * FROM events.occurrence_change WHERE occurs_on BETWEEN ? AND ?")
                .bind(0, Date.valueOf(from)).bind(1, Date.valueOf(to))
                .map((rs, ctx) -> EventRows.change(rs)).forEach(c -> changes.put(c.key(), c));
        return changes;
    }

    Map<OccurrenceKey, OccurrenceChange> changes(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> changes(h, from, to));
    }

    private static <S extends SqlStatement<S>> S bindDraft(S statement, EventDraft d) {
        return statement.bind(0, d.title()).bind(1, d.description().orElse(null)).bind(2, d.place().orElse(null))
                .bind(3, d.kind().name()).bind(4, Tag.store(d.tags())).bind(5, d.childCare()).bind(6, d.transport())
                .bind(7, d.capacity().orElse(null)).bind(8, d.organiserId().orElse(null))
                .bind(9, Date.valueOf(d.start().toLocalDate())).bind(10, Time.valueOf(d.start().toLocalTime()))
                .bind(11, Date.valueOf(d.end().toLocalDate())).bind(12, Time.valueOf(d.end().toLocalTime()))
                .bind(13, d.recurrence().rule(d.start().toLocalDate()).orElse(null));
    }

    /** Every event and series of this center, newest first (for the coordinator's list). */
    public List<Event> all() {
        List<Event> events = new ArrayList<>(jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM events.event WHERE center_id = ? ORDER BY start_day DESC, start_time DESC, id DESC")
                .bind(0, here).map((rs, ctx) -> EventRows.event(rs)).list()));
        return events;
    }
}
