package org.hearth.volunteers.impl;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Failures;
import org.hearth.api.Scheduler;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Check-in and check-out at the kiosk, for a shift the person holds that is on now (from the early window before
 * its start until its end). A forgotten check-out is closed at the shift's end, flagged for the coordinator, by a
 * task on the platform's {@link Scheduler}. Minutes are rounded by the configured rule. Thread-safe.
 */
@Component(service = Timeclock.class, immediate = true)
public class Timeclock {

    static final String TASK = "volunteers-forgotten-check-outs";
    static final String COLUMNS = "id, shift_id, person_id, role_code, checked_in, checked_out, minutes, auto_closed,"
            + " CASE WHEN approved_at IS NULL THEN CAST(NULL AS VARCHAR(64)) ELSE COALESCE(approved_by, '') END";
    private static final Logger LOG = LoggerFactory.getLogger(Timeclock.class);

    private final Jdbi jdbi;
    private final ShiftPlan plan;
    private final ShiftBook book;
    private final ShiftSettings settings;
    private final Scheduler.Task closing;

    @Activate
    public Timeclock(@Reference VolunteersDatabase database, @Reference ShiftPlan plan, @Reference ShiftBook book,
                     @Reference ShiftSettings settings, @Reference Scheduler scheduler) {
        this.jdbi = database.jdbi();
        this.plan = plan;
        this.book = book;
        this.settings = settings;
        this.closing = scheduler.every(TASK, Duration.ofMinutes(5), this::closeForgottenQuietly);
    }

    @Deactivate
    void deactivate() {
        closing.cancel();
    }

    /** The held shift one may check in to or is checked in to now, if any. */
    Optional<Staffing> shiftOnNow(String personId) {
        LocalDateTime now = plan.now();
        Duration early = settings.rules().early();
        return book.held(personId, now.toLocalDate().minusDays(1), now.toLocalDate()).stream()
                .filter(s -> !s.shift().cancelled() && !now.isBefore(s.shift().start().minus(early))
                        && now.isBefore(s.shift().end()))
                .findFirst();
    }

    /** The person's check-in without a check-out, if any, at any center (nobody is checked in at two). */
    Optional<TimeEntry> open(String personId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM volunteers.time_entry"
                        + " WHERE person_id = ? AND checked_out IS NULL ORDER BY checked_in DESC")
                .bind(0, personId).map(Timeclock::entry).findFirst());
    }

    /**
     * Checks the person in to the shift on now; an open check-in is returned unchanged.
     *
     * @throws Refusal {@code error.checkin.none} when no shift of theirs is on now, {@code error.checkin.late}
     *                 after the late window
     */
    TimeEntry checkIn(String personId) {
        Optional<TimeEntry> open = open(personId);
        if (open.isPresent()) {
            return open.get();
        }
        Shift shift = shiftOnNow(personId).orElseThrow(() -> new Refusal("error.checkin.none")).shift();
        LocalDateTime now = plan.now();
        if (now.isAfter(shift.start().plus(settings.rules().late()))) {
            throw new Refusal("error.checkin.late", settings.rules().late().toMinutes());
        }
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO volunteers.time_entry (shift_id, person_id, role_code,"
                        + " checked_in, center_id) VALUES (?, ?, ?, ?, ?)").bind(0, shift.id()).bind(1, personId)
                .bind(2, shift.roleCode()).bind(3, Timestamp.valueOf(now)).bind(4, plan.center())
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
        LOG.info("Check-in {} for shift {}", id, shift.id());
        return entry(id).orElseThrow();
    }

    /** Checks the person out. @throws Refusal {@code error.checkout.none} when they are not checked in */
    TimeEntry checkOut(String personId) {
        TimeEntry open = open(personId).orElseThrow(() -> new Refusal("error.checkout.none"));
        LocalDateTime now = plan.now();
        LocalDateTime out = now.isBefore(open.checkedIn()) ? open.checkedIn() : now;
        close(open.id(), open.checkedIn(), out, false);
        return entry(open.id()).orElseThrow();
    }

    /** Closes this center's check-ins forgotten past their shift's end (and the late window), at its end; flagged. */
    int closeForgotten() {
        LocalDateTime before = plan.now().minus(settings.rules().late());
        List<Object[]> forgotten = jdbi.withHandle(h -> h.createQuery("SELECT e.id, e.checked_in, s.ends_at FROM"
                        + " volunteers.time_entry e JOIN volunteers.shift s ON s.id = e.shift_id"
                        + " WHERE e.center_id = ? AND e.checked_out IS NULL AND s.ends_at < ?").bind(0, plan.center())
                .bind(1, Timestamp.valueOf(before))
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(),
                        rs.getTimestamp(3).toLocalDateTime()}).list());
        for (Object[] f : forgotten) {
            LocalDateTime in = (LocalDateTime) f[1];
            LocalDateTime end = (LocalDateTime) f[2];
            close((Long) f[0], in, end.isBefore(in) ? in : end, true);
        }
        if (!forgotten.isEmpty()) {
            LOG.info("Closed {} forgotten check-outs at their shifts' end", forgotten.size());
        }
        return forgotten.size();
    }

    private void closeForgottenQuietly() {
        try {
            closeForgotten();
        } catch (RuntimeException e) {
            LOG.warn("Could not close forgotten check-outs: {}", Failures.describe(e));
        }
    }

    private void close(long id, LocalDateTime in, LocalDateTime out, boolean auto) {
        int minutes = settings.rules().round(Duration.between(in, out).toMinutes());
        jdbi.useHandle(h -> h.createUpdate("UPDATE volunteers.time_entry SET checked_out = ?, minutes = ?,"
                        + " auto_closed = ? WHERE id = ? AND checked_out IS NULL").bind(0, Timestamp.valueOf(out))
                .bind(1, Math.min(minutes, 1440)).bind(2, auto).bind(3, id).execute());
    }

    Optional<TimeEntry> entry(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM volunteers.time_entry WHERE id = ?")
                .bind(0, id).map(Timeclock::entry).findFirst());
    }

    /** This center's closed entries with check-ins on the days from {@code from} to {@code to}, oldest first. */
    List<TimeEntry> closed(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM volunteers.time_entry WHERE center_id = ?"
                        + " AND checked_out IS NOT NULL AND checked_in >= ? AND checked_in < ? ORDER BY checked_in, id")
                .bind(0, plan.center()).bind(1, Timestamp.valueOf(from.atStartOfDay()))
                .bind(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .map(Timeclock::entry).list());
    }

    /** The person's minutes from check-ins on the days from {@code from} to {@code to}, at every center: their own. */
    int minutes(String personId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(minutes), 0) FROM volunteers.time_entry"
                        + " WHERE person_id = ? AND checked_in >= ? AND checked_in < ?").bind(0, personId)
                .bind(1, Timestamp.valueOf(from.atStartOfDay())).bind(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .mapTo(Integer.class).one());
    }

    /** Places held on this center's shifts that ended on those days with no check-in: a count only. */
    int noShows(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM volunteers.assignment a JOIN volunteers.shift s"
                        + " ON s.id = a.shift_id WHERE s.center_id = ? AND s.cancelled = FALSE"
                        + " AND s.shift_day BETWEEN ? AND ? AND s.ends_at < ?"
                        + " AND NOT EXISTS (SELECT 1 FROM volunteers.time_entry e WHERE e.shift_id = a.shift_id"
                        + " AND e.person_id = a.person_id)")
                .bind(0, plan.center()).bind(1, java.sql.Date.valueOf(from)).bind(2, java.sql.Date.valueOf(to))
                .bind(3, Timestamp.valueOf(plan.now())).mapTo(Integer.class).one());
    }

    static TimeEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        long shift = rs.getLong(2);
        Optional<Long> shiftId = rs.wasNull() ? Optional.empty() : Optional.of(shift);
        int minutes = rs.getInt(7);
        Optional<Integer> rounded = rs.wasNull() ? Optional.empty() : Optional.of(minutes);
        return new TimeEntry(rs.getLong(1), shiftId, Optional.ofNullable(rs.getString(3)), rs.getString(4),
                rs.getTimestamp(5).toLocalDateTime(), Optional.ofNullable(rs.getTimestamp(6)).map(Timestamp::toLocalDateTime),
                rounded, rs.getBoolean(8), Optional.ofNullable(rs.getString(9)));
    }

}
