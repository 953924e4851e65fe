package org.hearth.platform.impl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.hearth.api.Failures;
import org.hearth.api.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's {@link Scheduler}: one executor of daemon threads that looks every second for tasks whose next
 * run, computed from the clock, has come. Tests drive it without threads: {@link #PlatformScheduler(Clock,
 * Executor)} and {@link #runDue()}.
 */
@Component(service = Scheduler.class)
public class PlatformScheduler implements Scheduler {

    static final Duration TICK = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(PlatformScheduler.class);

    private final Clock clock;
    private final Executor runner;
    private final ScheduledExecutorService executor;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;

    @Activate
    public PlatformScheduler(@Reference Clock clock) {
        this.clock = clock;
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2, daemonThreads());
        pool.setRemoveOnCancelPolicy(true);
        this.executor = pool;
        this.runner = pool;
        pool.scheduleWithFixedDelay(this::runDue, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A scheduler with no thread of its own: due tasks run on {@code runner} when {@link #runDue()} is called. */
    public PlatformScheduler(Clock clock, Executor runner) {
        this.clock = clock;
        this.runner = runner;
        this.executor = null;
    }

    @Override
    public Task daily(String name, LocalTime at, Runnable task) {
        Objects.requireNonNull(at, "at");
        return add(name, task, after -> nextDaily(at, after));
    }

    @Override
    public Task every(String name, Duration period, Runnable task) {
        if (period.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("A period of at least one second, not " + period);
        }
        Entry entry = add(name, task, after -> after.plus(period));
        entry.next = clock.instant();
        return entry;
    }

    /** Starts every task whose time has come, once each; a task still running from before is left to finish. */
    public void runDue() {
        Instant now = clock.instant();
        for (Entry entry : entries) {
            if (!entry.cancelled && !entry.running && !entry.next.isAfter(now)) {
                entry.running = true;
                try {
                    runner.execute(entry::run);
                } catch (RuntimeException e) {
                    entry.running = false;
                    LOG.warn("Could not start scheduled task {}: {}", entry.name, Failures.describe(e));
                }
            }
        }
    }

    /** When a task runs next, for tests. */
    Instant next(Task task) {
        return ((Entry) task).next;
    }

    @Deactivate
    public void stop() {
        stopped = true;
        entries.forEach(Entry::cancel);
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private Entry add(String name, Runnable task, Function<Instant, Instant> following) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(task, "task");
        if (stopped) {
            throw new IllegalStateException("The scheduler has stopped");
        }
        Entry entry = new Entry(name, task, following);
        entry.next = following.apply(clock.instant());
        entries.add(entry);
        return entry;
    }

    /** The first moment after {@code after} when the local time in the clock's zone is {@code at}. */
    Instant nextDaily(LocalTime at, Instant after) {
        ZonedDateTime local = after.atZone(clock.getZone());
        ZonedDateTime candidate = ZonedDateTime.of(local.toLocalDate(), at, clock.getZone());
        while (!candidate.toInstant().isAfter(after)) {
            candidate = ZonedDateTime.of(candidate.toLocalDate().plusDays(1), at, clock.getZone());
        }
        return candidate.toInstant();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, "hearth-scheduler-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One task and when it runs next. */
    private final class Entry implements Task {
        final String name;
        final Runnable task;
        final Function<Instant, Instant> following;
        volatile Instant next;
        volatile boolean running;
        volatile boolean cancelled;

        Entry(String name, Runnable task, Function<Instant, Instant> following) {
            this.name = name;
            this.task = task;
            this.following = following;
        }

        void run() {
            try {
                if (!cancelled) {
                    task.run();
                }
            } catch (RuntimeException | Error e) {
                LOG.warn("Scheduled task {} failed; it keeps its schedule: {}", name, Failures.describe(e));
                if (e instanceof VirtualMachineError) {
                    throw e;
                }
            } finally {
                next = following.apply(clock.instant());
                running = false;
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            entries.remove(this);
        }

        @Override
        public boolean isCancelled() {
            return cancelled || stopped;
        }
    }
}
