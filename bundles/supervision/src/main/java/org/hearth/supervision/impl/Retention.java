package org.hearth.supervision.impl;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hearth.api.Failures;
import org.hearth.api.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every night, deletes (or archives, keeping only the dates) the plans closed longer ago than the center keeps
 * them: by default, deleted 12 months after they closed.
 */
@Component(immediate = true)
public class Retention {

    static final String TASK = "supervision-plan-retention";
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final SupervisionDatabase database;
    private final SupervisionSettings settings;
    private final Clock clock;
    private final Scheduler.Task task;

    @Activate
    public Retention(@Reference SupervisionDatabase database, @Reference SupervisionSettings settings,
                     @Reference Clock clock, @Reference Scheduler scheduler) {
        this.database = database;
        this.settings = settings;
        this.clock = clock;
        this.task = scheduler.daily(TASK, LocalTime.of(3, 15), () -> {
            try {
                int done = apply();
                if (done > 0) {
                    LOG.info("Retention: {} closed plans past their time", done);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not apply the plans' retention: {}", Failures.describe(e));
            }
        });
    }

    /** Deletes or archives every plan closed before the retention time; returns how many. */
    int apply() {
        SupervisionSettings.Rules rules = settings.rules();
        Date before = Date.valueOf(LocalDate.now(clock).minusMonths(rules.keepMonths()));
        return database.jdbi().inTransaction(h -> {
            if (rules.retention() == SupervisionSettings.Retention.DELETE) {
                return h.createUpdate("DELETE FROM supervision.plan WHERE state IN ('CLOSED', 'ARCHIVED')"
                        + " AND closed_on < ?").bind(0, before).execute();
            }
            h.createUpdate("DELETE FROM supervision.plan_item WHERE plan_id IN (SELECT id FROM supervision.plan"
                    + " WHERE state = 'CLOSED' AND closed_on < ?)").bind(0, before).execute();
            return h.createUpdate("UPDATE supervision.plan SET state = 'ARCHIVED' WHERE state = 'CLOSED'"
                    + " AND closed_on < ?").bind(0, before).execute();
        });
    }

    @Deactivate
    void deactivate() {
        task.cancel();
    }
}
