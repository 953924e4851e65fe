package org.hearth.signin.impl;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.hearth.api.Centers;
import org.hearth.api.CountScope;
import org.hearth.api.Failures;
import org.hearth.api.Scheduler;
import org.hearth.signin.impl.VisitCounts.Grain;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the recent closed days, weeks and months in the background, a minute after the start and then daily at that
 * time, so that a coordinator's first look at the counts, the dashboard or a funder report reads kept numbers instead
 * of counting years of visits while they wait. What is already kept is only read; a change to past visits (a
 * deletion, a merge) forgets the kept counts and the next run counts them again.
 */
@Component(immediate = true)
public class CountsKeeper {

    static final String TASK = "signin-keep-counts";
    static final Duration AFTER_START = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(CountsKeeper.class);

    private final VisitCounts counts;
    private final Centers centers;
    private final Clock clock;
    private final Scheduler.Task task;

    @Activate
    public CountsKeeper(@Reference VisitCounts counts, @Reference Centers centers, @Reference Clock clock,
                        @Reference Scheduler scheduler) {
        this.counts = counts;
        this.centers = centers;
        this.clock = clock;
        this.task = scheduler.daily(TASK, LocalTime.now(clock).plus(AFTER_START).withNano(0), this::keepRecent);
    }

    @Deactivate
    void deactivate() {
        task.cancel();
    }

    /** Keeps the closed periods the counts screens show by default and the dashboard's year; never throws. */
    void keepRecent() {
        try {
            LocalDate today = LocalDate.now(clock);
            for (CountScope scope : scopes()) {
                counts.count(Grain.DAY, today.minusDays(14), today.minusDays(1), scope);
                counts.count(Grain.WEEK, Grain.WEEK.start(today).minusWeeks(12), Grain.WEEK.start(today).minusDays(1),
                        scope);
                counts.count(Grain.MONTH, Grain.MONTH.start(today).minusMonths(24),
                        Grain.MONTH.start(today).minusDays(1), scope);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not count the recent closed periods ahead (they are counted when first looked at): {}",
                    Failures.describe(e));
        }
    }

    /** This center's, and the whole network's when there is more than one center. */
    private List<CountScope> scopes() {
        List<CountScope> scopes = new ArrayList<>(List.of(counts.here()));
        if (centers.all().size() > 1) {
            scopes.add(CountScope.NETWORK);
        }
        return scopes;
    }
}
