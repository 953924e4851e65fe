package org.hearth.volunteers.impl;

import java.time.Duration;
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

    private final Scheduler.Task task;

    @Activate
    public HoldBack(@Reference ShiftBook book, @Reference Scheduler scheduler) {
        this.task = scheduler.every(TASK, Duration.ofMinutes(5), () -> {
            try {
                int freed = book.releaseHeldBack();
                if (freed > 0) {
                    LOG.info("Freed {} coming shift places of people not scheduled for now", freed);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not free held-back shifts: {}", Failures.describe(e));
            }
        });
    }

    @Deactivate
    void deactivate() {
        task.cancel();
    }
}
