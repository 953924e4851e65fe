package org.hearth.signin.impl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.Centers;
import org.hearth.api.HearthTopics;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The book of visits, in this bundle's own {@code signin} schema. Recording a visit commits it before
 * returning, then tells other features through EventAdmin ({@link HearthTopics#VISIT_RECORDED}).
 */
@Component(service = VisitBook.class, immediate = true)
public class VisitBook {

    /** Today's numbers for the staff's "Today" screen. */
    public record TodayCounts(int visits, int named, int anonymous, int inBuilding) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(VisitBook.class);

    /** The center of a single kiosk that was given no {@code hearth.center.id}. */
    static final String DEFAULT_CENTER = "main";

    private final Jdbi jdbi;
    private final SharedCommit commits;
    private final Clock clock;
    private final String here;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public VisitBook(@Reference SignInDatabase database, @Reference Clock clock, @Reference Centers centers) {
        this(database, clock, centers.here().id());
    }

    /** For tests: a single kiosk at the default center. */
    public VisitBook(SignInDatabase database, Clock clock) {
        this(database, clock, DEFAULT_CENTER);
    }

    /** Visits recorded at center {@code here}. */
    VisitBook(SignInDatabase database, Clock clock, String here) {
        this.jdbi = database.jdbi();
        this.commits = new SharedCommit(jdbi);
        this.clock = clock;
        this.here = here;
    }

    /** Records an anonymous visit or a member's visit; no purpose at all is recorded as none given. */
    public Visit record(Optional<String> personId, Set<Purpose> purposes) {
        return record(personId, purposes, Optional.empty());
    }

    /**
     * Records a visit with the group session or event the visitor picked, if any. A member who signs in
     * again the same day is signed out of their earlier visit, so they are in the building only once.
     */
    public Visit record(Optional<String> personId, Set<Purpose> purposes, Optional<String> reference) {
        Set<Purpose> why = purposes.isEmpty() ? EnumSet.of(Purpose.NONE_GIVEN) : EnumSet.copyOf(purposes);
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, clock.getZone());
        long id = commits.write(h -> {
            personId.ifPresent(person -> signOutEarlier(h, person, day, now));
            long visitId = h.createUpdate("INSERT INTO signin.visit (person_id, visited_at, visit_day, reference,"
                            + " center_id) VALUES (?, ?, ?, ?, ?)")
                    .bind(0, personId.orElse(null)).bind(1, Timestamp.from(now)).bind(2, Date.valueOf(day))
                    .bind(3, reference.orElse(null)).bind(4, here)
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            var batch = h.prepareBatch("INSERT INTO signin.visit_purpose (visit_id, purpose, visit_day, center_id)"
                    + " VALUES (?, ?, ?, ?)");
            for (Purpose purpose : why) {
                batch.bind(0, visitId).bind(1, purpose.name()).bind(2, Date.valueOf(day)).bind(3, here).add();
            }
            batch.execute();
            return visitId;
        });
        VisitCounts.changed();
        Visit visit = new Visit(id, personId, now, why, reference, Optional.empty());
        announce(visit);
        return visit;
    }

    /**
     * Signs out the member's visits of the day still open. Derby, asked in one UPDATE, walks every visit of the day
     * that is not signed out (thousands on a busy day, each locked); it cannot be told which index to use in an
     * UPDATE, so the open visits are found through the person's own index of (person, day, signed out), which holds
     * only their open ones under that key (the hint is a comment to PostgreSQL), and updated by id.
     */
    private static void signOutEarlier(Handle h, String person, LocalDate day, Instant now) {
        List<Long> open = h.createQuery("SELECT id FROM signin.visit --DERBY-PROPERTIES index=VISIT_PERSON_DAY_OPEN\n"
                        + " WHERE person_id = ? AND visit_day = ? AND signed_out_at IS NULL")
                .bind(0, person).bind(1, Date.valueOf(day)).mapTo(Long.class).list();
        for (long id : open) {
            h.createUpdate("UPDATE signin.visit SET signed_out_at = ? WHERE id = ? AND signed_out_at IS NULL")
                    .bind(0, Timestamp.from(now)).bind(1, id).execute();
        }
    }

    /** The id of the center where visits are recorded. */
    String center() {
        return here;
    }

    /** The center's time zone (the clock's). */
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** How many visits were recorded today, named and anonymous. */
    public int countToday() {
        return today().visits();
    }

    /** Today's visits at this center, named and anonymous, and how many members are in the building now. */
    public TodayCounts today() {
        Date today = Date.valueOf(LocalDate.now(clock));
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*),"
                        + " SUM(CASE WHEN person_id IS NULL THEN 0 ELSE 1 END),"
                        + " SUM(CASE WHEN person_id IS NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN person_id IS NOT NULL AND signed_out_at IS NULL THEN 1 ELSE 0 END)"
                        + " FROM signin.visit WHERE center_id = ? AND visit_day = ?")
                .bind(0, here).bind(1, today)
                .map((rs, ctx) -> new TodayCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).one());
    }

    /** Members' visits of today at this center that are not signed out, earliest first. */
    public List<Visit> inBuilding() {
        return jdbi.withHandle(h -> VisitRows.read(h, "WHERE center_id = ? AND visit_day = ? AND person_id IS NOT NULL"
                + " AND signed_out_at IS NULL ORDER BY visited_at, id", here, Date.valueOf(LocalDate.now(clock))));
    }

    /** A member's visits, newest first (for the member's own look at, or export of, their record). */
    public List<Visit> visitsOf(String personId) {
        return jdbi.withHandle(h -> VisitRows.read(h, "WHERE person_id = ? ORDER BY visited_at DESC, id DESC", personId));
    }

    /** Signs a visit out now; false when it was already signed out or does not exist. */
    public boolean signOut(long visitId) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE signin.visit SET signed_out_at = ? WHERE id = ?"
                        + " AND signed_out_at IS NULL")
                .bind(0, Timestamp.from(clock.instant())).bind(1, visitId).execute()) == 1;
    }

    /**
     * Signs out every member still signed in at this center once it has closed: today's visits once the closing
     * time has passed, and any left open on earlier days, each at its own day's closing time (or when it
     * began, for a visit that began after closing). Returns how many were signed out.
     */
    public int signOutAfterClosing(LocalTime closing) {
        LocalDate today = LocalDate.now(clock);
        boolean closedToday = !LocalTime.now(clock).isBefore(closing);
        LocalDate lastDay = closedToday ? today : today.minusDays(1);
        return jdbi.inTransaction(h -> {
            List<Visit> open = VisitRows.read(h, "WHERE center_id = ? AND visit_day <= ? AND person_id IS NOT NULL"
                    + " AND signed_out_at IS NULL", here, Date.valueOf(lastDay));
            var batch = h.prepareBatch("UPDATE signin.visit SET signed_out_at = ? WHERE id = ? AND signed_out_at IS NULL");
            for (Visit visit : open) {
                Instant closed = LocalDate.ofInstant(visit.visitedAt(), clock.getZone()).atTime(closing)
                        .atZone(clock.getZone()).toInstant();
                batch.bind(0, Timestamp.from(closed.isBefore(visit.visitedAt()) ? visit.visitedAt() : closed))
                        .bind(1, visit.id()).add();
            }
            return open.isEmpty() ? 0 : batch.execute().length;
        });
    }

    /**
     * Moves every visit of one person to another (merging a duplicate), which changes past counts of people, so
     * the kept counts are forgotten. Returns how many moved.
     */
    int moveVisits(Handle h, String fromPersonId, String toPersonId) {
        VisitCounts.forgetClosedPeriods(h);
        return h.createUpdate("UPDATE signin.visit SET person_id = ? WHERE person_id = ?")
                .bind(0, toPersonId).bind(1, fromPersonId).execute();
    }

    /** Turns a person's visits anonymous: they still count, but no longer say who came (the kept counts go). */
    int anonymize(Handle h, String personId) {
        VisitCounts.forgetClosedPeriods(h);
        return h.createUpdate("UPDATE signin.visit SET person_id = NULL WHERE person_id = ?")
                .bind(0, personId).execute();
    }

    private void announce(Visit visit) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        visit.personId().ifPresent(id -> props.put(HearthTopics.PERSON_ID, id));
        props.put(HearthTopics.PURPOSES, visit.purposes().stream().map(Enum::name).toArray(String[]::new));
        props.put(HearthTopics.TIME, visit.visitedAt().toString());
        visit.reference().ifPresent(reference -> props.put(HearthTopics.REFERENCE, reference));
        try {
            admin.postEvent(new Event(HearthTopics.VISIT_RECORDED, props));
        } catch (RuntimeException e) {
            LOG.warn("Visit {} was saved but could not be announced: {}", visit.id(), e.toString());
        }
    }
}
