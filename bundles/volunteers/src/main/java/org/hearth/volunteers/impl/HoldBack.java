package org.hearth.volunteers.impl;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Failures;
import org.hearth.api.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every few minutes, frees the coming shifts of anyone who is not scheduled for now or no longer has an account,
 * so the week board shows the gap in time for someone else to take it.
 */
@Component(immediate = true)
public class HoldBack {

    static final String TASK = "volunteers-hold-back";
    private static final Logger LOG = LoggerFactory.getLogger(HoldBack.class);

    private final VolunteersDatabase database;
    private final ShiftPlan plan;
    private final ShiftBook book;
    private final Candidates candidates;
    private final Scheduler.Task task;

    @Activate
    public HoldBack(@Reference VolunteersDatabase database, @Reference ShiftPlan plan, @Reference ShiftBook book,
                    @Reference Candidates candidates, @Reference Scheduler scheduler) {
        this.database = database;
        this.plan = plan;
        this.book = book;
        this.candidates = candidates;
        this.task = scheduler.every(TASK, Duration.ofMinutes(5), () -> {
            try {
                int freed = releaseHeldBack();
                if (freed > 0) {
                    LOG.info("Freed {} coming shift places of people not scheduled for now", freed);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not free held-back shifts: {}", Failures.describe(e));
            }
        });
    }

    /**
     * Frees the coming places at this center of people who may not be scheduled for them now: held back by a
     * {@link org.hearth.api.SchedulingLimits} service (no reason is recorded) or without an account any more.
     * Returns how many places were freed.
     */
    int releaseHeldBack() {
        List<Object[]> coming = database.jdbi().withHandle(h -> h.createQuery("SELECT a.shift_id, a.person_id, s.role_code FROM"
                        + " volunteers.assignment a JOIN volunteers.shift s ON s.id = a.shift_id"
                        + " WHERE s.center_id = ? AND s.starts_at > ?")
                .bind(0, plan.center()).bind(1, Timestamp.valueOf(plan.now()))
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list());
        int freed = 0;
        for (Object[] held : coming) {
            String personId = (String) held[1];
            boolean allowed = candidates.find(personId).map(c -> c.limit().allows((String) held[2])).orElse(false);
            if (!allowed) {
                book.drop((Long) held[0], personId, Optional.of(ShiftBook.SYSTEM));
                freed++;
            }
        }
        return freed;
    }

    @Deactivate
    void deactivate() {
        task.cancel();
    }
}
