package org.hearth.volunteers.impl;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's side of the timeclock: closed time entries wait for approval; approving one adds its stipend
 * accrual in the same transaction (exactly once); correcting one keeps the old and new times with a reason in
 * {@code time_correction} and re-rounds its minutes. Approved hours are not changed any more: the ledger takes an
 * adjustment instead. Approval is read from {@code approved_at}, which survives the approver's deletion.
 * Thread-safe.
 */
@Component(service = HoursBook.class, immediate = true)
public class HoursBook {

    static final int MAX_REASON = 300;
    static final Duration LONGEST = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(HoursBook.class);

    /** A closed entry waiting for approval, and how often it was corrected. */
    record Waiting(TimeEntry entry, int corrections) {
    }

    /** One correction of an entry: its times before and after, why, when and by whom. */
    record Correction(long id, LocalDateTime at, Optional<String> by, LocalDateTime oldIn,
                      Optional<LocalDateTime> oldOut, LocalDateTime newIn, LocalDateTime newOut, String reason) {
    }

    private final Jdbi jdbi;
    private final ShiftSettings settings;
    private final StipendLedger ledger;
    private final Clock clock;

    @Activate
    public HoursBook(@Reference VolunteersDatabase database, @Reference ShiftSettings settings,
                     @Reference StipendLedger ledger, @Reference Clock clock) {
        this.jdbi = database.jdbi();
        this.settings = settings;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** This center's closed entries not yet approved, oldest first, with their number of corrections. */
    List<Waiting> waiting() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + columns("e") + ", (SELECT COUNT(*) FROM"
                        + " volunteers.time_correction c WHERE c.entry_id = e.id) FROM volunteers.time_entry e"
                        + " WHERE e.center_id = ? AND e.checked_out IS NOT NULL AND e.approved_at IS NULL"
                        + " ORDER BY e.checked_in, e.id").bind(0, ledger.center())
                .map((rs, ctx) -> new Waiting(Timeclock.entry(rs, ctx), rs.getInt(10))).list());
    }

    Optional<TimeEntry> entry(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    /**
     * The person's approved entries with check-ins on days from {@code from} to {@code to}, oldest first, at every
     * center: their statement is their own.
     */
    List<TimeEntry> approved(String personId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + columns("e") + " FROM volunteers.time_entry e"
                        + " WHERE e.person_id = ? AND e.approved_at IS NOT NULL AND e.checked_in >= ?"
                        + " AND e.checked_in < ? ORDER BY e.checked_in, e.id")
                .bind(0, personId).bind(1, Timestamp.valueOf(from.atStartOfDay()))
                .bind(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay())).map(Timeclock::entry).list());
    }

    /**
     * Approves a closed entry's hours and adds their stipend accrual (none when the role has no rule); the cents
     * accrued, if any.
     *
     * @throws Refusal {@code error.hours.gone}, {@code error.hours.open} (still checked in) or
     *                 {@code error.hours.approved} (approved already, perhaps by another coordinator just now)
     */
    Optional<Long> approve(long entryId, String by) {
        Optional<Long> accrued = jdbi.inTransaction(h -> {
            TimeEntry entry = find(h, entryId).orElseThrow(() -> new Refusal("error.hours.gone"));
            if (entry.isOpen()) {
                throw new Refusal("error.hours.open");
            }
            int changed = h.createUpdate("UPDATE volunteers.time_entry SET approved_at = ?, approved_by = ?"
                            + " WHERE id = ? AND approved_at IS NULL AND checked_out IS NOT NULL")
                    .bind(0, Timestamp.valueOf(now())).bind(1, by).bind(2, entryId).execute();
            if (changed == 0) {
                throw new Refusal("error.hours.approved");
            }
            return ledger.accrue(h, entry, entry.minutes().orElse(0), by);
        });
        LOG.info("Hours {} approved", entryId);
        return accrued;
    }

    /**
     * Corrects an entry's times, keeping the change with its reason; the entry as it is then. Minutes are
     * rounded by the timeclock's rule.
     *
     * @throws Refusal {@code error.hours.reason}, {@code error.hours.order} (out not after in),
     *                 {@code error.hours.long} (over 24 hours), {@code error.hours.future}, {@code error.hours.overlap}
     *                 (another entry of the person's), {@code error.hours.gone} or {@code error.hours.approved}
     */
    TimeEntry correct(long entryId, LocalDateTime in, LocalDateTime out, String reason, String by) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new Refusal("error.hours.reason");
        }
        check(in, out);
        return jdbi.inTransaction(h -> {
            TimeEntry entry = find(h, entryId).orElseThrow(() -> new Refusal("error.hours.gone"));
            if (overlaps(h, entry, in, out)) {
                throw new Refusal("error.hours.overlap");
            }
            int minutes = Math.min(settings.rules().round(Duration.between(in, out).toMinutes()), 1440);
            int changed = h.createUpdate("UPDATE volunteers.time_entry SET checked_in = ?, checked_out = ?,"
                            + " minutes = ? WHERE id = ? AND approved_at IS NULL")
                    .bind(0, Timestamp.valueOf(in)).bind(1, Timestamp.valueOf(out)).bind(2, minutes).bind(3, entryId)
                    .execute();
            if (changed == 0) {
                throw new Refusal("error.hours.approved");
            }
            h.createUpdate("INSERT INTO volunteers.time_correction (entry_id, corrected_at, corrected_by, old_in,"
                            + " old_out, new_in, new_out, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(0, entryId).bind(1, Timestamp.valueOf(now())).bind(2, by)
                    .bind(3, Timestamp.valueOf(entry.checkedIn()))
                    .bind(4, entry.checkedOut().map(Timestamp::valueOf).orElse(null))
                    .bind(5, Timestamp.valueOf(in)).bind(6, Timestamp.valueOf(out)).bind(7, why).execute();
            return find(h, entryId).orElseThrow();
        });
    }

    /** Every correction of the entry, oldest first. */
    List<Correction> history(long entryId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, corrected_at, corrected_by, old_in, old_out, new_in,"
                        + " new_out, reason FROM volunteers.time_correction WHERE entry_id = ? ORDER BY corrected_at, id")
                .bind(0, entryId)
                .map((rs, ctx) -> new Correction(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(),
                        Optional.ofNullable(rs.getString(3)), rs.getTimestamp(4).toLocalDateTime(),
                        Optional.ofNullable(rs.getTimestamp(5)).map(Timestamp::toLocalDateTime),
                        rs.getTimestamp(6).toLocalDateTime(), rs.getTimestamp(7).toLocalDateTime(), rs.getString(8)))
                .list());
    }

    private void check(LocalDateTime in, LocalDateTime out) {
        if (in == null || out == null || !out.isAfter(in)) {
            throw new Refusal("error.hours.order");
        }
        if (Duration.between(in, out).compareTo(LONGEST) > 0) {
            throw new Refusal("error.hours.long");
        }
        if (out.isAfter(now())) {
            throw new Refusal("error.hours.future");
        }
    }

    private static boolean overlaps(Handle h, TimeEntry entry, LocalDateTime in, LocalDateTime out) {
        return entry.personId().isPresent() && h.createQuery("SELECT COUNT(*) FROM volunteers.time_entry"
                        + " WHERE person_id = ? AND id <> ? AND checked_in < ? AND COALESCE(checked_out, checked_in) > ?")
                .bind(0, entry.personId().get()).bind(1, entry.id()).bind(2, Timestamp.valueOf(out))
                .bind(3, Timestamp.valueOf(in)).mapTo(Integer.class).one() > 0;
    }

    private Optional<TimeEntry> find(Handle h, long id) {
        return h.createQuery("SELECT " + columns("e") + " FROM volunteers.time_entry e WHERE e.id = ?").bind(0, id)
                .map(Timeclock::entry).findFirst();
    }

    /** The timeclock's columns, with the approver read as approved when only approved_at is left. */
    private static String columns(String alias) {
        return alias + ".id, " + alias + ".shift_id, " + alias + ".person_id, " + alias + ".role_code, " + alias
                + ".checked_in, " + alias + ".checked_out, " + alias + ".minutes, " + alias + ".auto_closed, CASE WHEN "
                + alias + ".approved_at IS NULL THEN NULL ELSE COALESCE(" + alias + ".approved_by, '') END";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
