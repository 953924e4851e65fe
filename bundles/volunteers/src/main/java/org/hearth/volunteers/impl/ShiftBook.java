package org.hearth.volunteers.impl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Failures;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who holds which shift: picks, drops and swaps. Every change of one shift's people first row-locks that shift
 * and checks again what it needs (eligibility, the maximum) under the lock, so two kiosks racing for the last
 * place are served one after the other and a shift never goes over its maximum. Every change is kept in
 * {@code schedule_change} for the coordinator. Thread-safe.
 */
@Component(service = ShiftBook.class, immediate = true)
public class ShiftBook {

    private static final Logger LOG = LoggerFactory.getLogger(ShiftBook.class);
    private static final int TRIES = 8;
    /** Who made a change the kiosk made by itself, in {@code schedule_change.changed_by}. */
    static final String SYSTEM = "kiosk";

    private final Jdbi jdbi;
    private final ShiftPlan plan;
    private final RoleList roles;
    private final Candidates candidates;
    private final ShiftSettings settings;

    @Activate
    public ShiftBook(@Reference VolunteersDatabase database, @Reference ShiftPlan plan, @Reference RoleList roles,
                     @Reference Candidates candidates, @Reference ShiftSettings settings) {
        this.jdbi = database.jdbi();
        this.plan = plan;
        this.roles = roles;
        this.candidates = candidates;
        this.settings = settings;
    }

    /**
     * Gives {@code personId} a place on the shift, checked under the shift's lock; returns the shift as it is
     * then. Holding it already is no error.
     *
     * @throws Refusal with the kind reason when the person may not take it (or it is full)
     */
    Staffing pick(long shiftId, String personId) {
        Candidate candidate = candidates.find(personId).orElseThrow(() -> new Refusal("error.shift.account"));
        return locked(shiftId, h -> {
            Staffing now = current(h, shiftId);
            if (now.holds(personId)) {
                return now;
            }
            eligible(h, now, candidate, false).ifPresent(r -> {
                throw r;
            });
            h.createUpdate("INSERT INTO volunteers.assignment (shift_id, person_id, taken_at) VALUES (?, ?, ?)")
                    .bind(0, shiftId).bind(1, personId).bind(2, Timestamp.valueOf(plan.now())).execute();
            record(h, shiftId, personId, null, "PICKED", personId);
            return current(h, shiftId);
        });
    }

    /**
     * Gives up a place. Inside the lead time it needs a colleague to take it (a swap) or a coordinator's OK.
     *
     * @throws Refusal {@code error.drop.late} inside the lead time, {@code error.shift.started} once it began
     */
    void drop(long shiftId, String personId, Optional<String> coordinator) {
        locked(shiftId, h -> {
            Shift shift = current(h, shiftId).shift();
            LocalDateTime now = plan.now();
            Duration lead = settings.rules().leadTime();
            if (coordinator.isEmpty() && shift.hasStarted(now)) {
                throw new Refusal("error.shift.started");
            }
            if (coordinator.isEmpty() && Duration.between(now, shift.start()).compareTo(lead) < 0) {
                throw new Refusal("error.drop.late", lead.toHours());
            }
            int gone = h.createUpdate("DELETE FROM volunteers.assignment WHERE shift_id = ? AND person_id = ?")
                    .bind(0, shiftId).bind(1, personId).execute();
            if (gone > 0) {
                record(h, shiftId, personId, null, coordinator.isPresent() ? "REMOVED" : "DROPPED",
                        coordinator.orElse(personId));
            }
            return gone;
        });
    }

    /** Offers one's place to colleagues (or takes the offer back). */
    void offerSwap(long shiftId, String personId, boolean offered) {
        locked(shiftId, h -> {
            int changed = h.createUpdate("UPDATE volunteers.assignment SET swap_offered = ? WHERE shift_id = ?"
                    + " AND person_id = ?").bind(0, offered).bind(1, shiftId).bind(2, personId).execute();
            if (changed > 0 && offered) {
                record(h, shiftId, personId, null, "SWAP_OFFERED", personId);
            }
            return changed;
        });
    }

    /**
     * {@code takerId} takes the place {@code fromId} offered: one holder replaces the other under the lock.
     *
     * @throws Refusal {@code error.swap.gone} when the offer was taken back or taken, or the taker's reason
     */
    Staffing takeSwap(long shiftId, String fromId, String takerId) {
        Candidate taker = candidates.find(takerId).orElseThrow(() -> new Refusal("error.shift.account"));
        return locked(shiftId, h -> {
            Staffing now = current(h, shiftId);
            boolean offered = now.holders().stream().anyMatch(x -> x.personId().equals(fromId) && x.swapOffered());
            if (!offered || now.holds(takerId)) {
                throw new Refusal("error.swap.gone");
            }
            eligible(h, now, taker, true).ifPresent(r -> {
                throw r;
            });
            h.createUpdate("DELETE FROM volunteers.assignment WHERE shift_id = ? AND person_id = ?")
                    .bind(0, shiftId).bind(1, fromId).execute();
            h.createUpdate("INSERT INTO volunteers.assignment (shift_id, person_id, taken_at) VALUES (?, ?, ?)")
                    .bind(0, shiftId).bind(1, takerId).bind(2, Timestamp.valueOf(plan.now())).execute();
            record(h, shiftId, fromId, takerId, "SWAPPED", takerId);
            return current(h, shiftId);
        });
    }

    /** What {@code candidate} holds, may pick and may take over on the days from {@code from} to {@code to}. */
    OpenShifts.MyDays daysFor(Candidate candidate, LocalDate from, LocalDate to) {
        return OpenShifts.daysFor(plan.staffing(from.minusDays(1), to), roles.byCode(), candidate,
                personId -> candidates.find(personId).map(Candidate::overseer).orElse(false), from, plan.now());
    }

    /** The changes of this center's shifts since {@code since}, newest first, at most {@code most}. */
    List<ScheduleChange> changes(LocalDateTime since, int most) {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.person_id, c.other_id, c.change_kind, s.role_code, s.starts_at,"
                        + " c.changed_at FROM volunteers.schedule_change c JOIN volunteers.shift s ON s.id = c.shift_id"
                        + " WHERE s.center_id = ? AND c.changed_at >= ? ORDER BY c.changed_at DESC, c.id DESC")
                .bind(0, plan.center()).bind(1, Timestamp.valueOf(since)).setMaxRows(most)
                .map((rs, ctx) -> new ScheduleChange(Optional.ofNullable(rs.getString(1)), Optional.ofNullable(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toLocalDateTime(),
                        rs.getTimestamp(6).toLocalDateTime())).list());
    }

    /** Why {@code candidate} may not take a place on the shift now; empty when they may. */
    Optional<Refusal> whyNot(Staffing staffing, Candidate candidate) {
        return jdbi.withHandle(h -> eligible(h, staffing, candidate, false));
    }

    private Optional<Refusal> eligible(Handle h, Staffing staffing, Candidate candidate, boolean freeing) {
        Shift shift = staffing.shift();
        ShiftRole role = roles.byCode().get(shift.roleCode());
        if (role == null) {
            return Optional.of(new Refusal("error.shift.cancelled"));
        }
        // the person's shifts at every center: nobody is at two centers at once
        List<Shift> own = ShiftRows.staffing(h, "s.shift_day BETWEEN ? AND ? AND s.id IN (SELECT shift_id FROM"
                        + " volunteers.assignment WHERE person_id = ?)", Date.valueOf(shift.day().minusDays(1)),
                Date.valueOf(shift.day().plusDays(1)), candidate.personId()).stream().map(Staffing::shift).toList();
        boolean overseen = role.needsOversight() && candidate.isAssociate() && staffing.holders().stream()
                .anyMatch(x -> candidates.find(x.personId()).map(Candidate::overseer).orElse(false));
        return Eligibility.check(staffing, role, candidate, own, overseen, freeing, plan.now());
    }

    /** The shifts {@code personId} holds at this center that start on the days from {@code from} to {@code to}. */
    List<Staffing> held(String personId, LocalDate from, LocalDate to) {
        plan.ensureMade(from, to);
        return jdbi.withHandle(h -> ShiftRows.staffing(h, "s.center_id = ? AND s.shift_day BETWEEN ? AND ? AND s.id IN"
                        + " (SELECT shift_id FROM volunteers.assignment WHERE person_id = ?)", plan.center(),
                Date.valueOf(from), Date.valueOf(to), personId));
    }

    /** The shifts {@code personId} holds at any center of the network on those days: their own calendar. */
    List<Staffing> heldEverywhere(String personId, LocalDate from, LocalDate to) {
        plan.ensureMade(from, to);
        return jdbi.withHandle(h -> ShiftRows.staffing(h, "s.shift_day BETWEEN ? AND ? AND s.id IN (SELECT shift_id"
                + " FROM volunteers.assignment WHERE person_id = ?)", Date.valueOf(from), Date.valueOf(to), personId));
    }

    private static Staffing current(Handle h, long shiftId) {
        return ShiftRows.staffing(h, "s.id = ?", shiftId).stream().findFirst()
                .orElseThrow(() -> new Refusal("error.shift.gone"));
    }

    private void record(Handle h, long shiftId, String personId, String otherId, String kind, String by) {
        h.createUpdate("INSERT INTO volunteers.schedule_change (shift_id, person_id, other_id, change_kind, changed_at,"
                        + " changed_by) VALUES (?, ?, ?, ?, ?, ?)").bind(0, shiftId).bind(1, personId).bind(2, otherId)
                .bind(3, kind).bind(4, Timestamp.valueOf(plan.now())).bind(5, by).execute();
    }

    private <T> T locked(long shiftId, HandleCallback<T, RuntimeException> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> {
                    int found = h.createUpdate("UPDATE volunteers.shift SET turns = turns + 1 WHERE id = ?")
                            .bind(0, shiftId).execute();
                    if (found == 0) {
                        throw new Refusal("error.shift.gone");
                    }
                    return work.withHandle(h);
                });
            } catch (RuntimeException e) {
                if (attempt >= TRIES || !Failures.isLockConflict(e)) {
                    throw e;
                }
                LOG.info("A change of shift {} met another kiosk's; trying again ({})", shiftId, attempt);
            }
        }
    }
}
