package org.hearth.api;

import java.time.Duration;
import java.time.LocalTime;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's one timer: runs a feature's work every day at a local time or every so often, on the
 * platform's own threads, with the time taken from the kiosk's {@link java.time.Clock} service (so that a test
 * clock drives it in tests). A feature never starts an executor of its own for this. (Timed work only; the
 * scheduling of people's shifts is another matter, see {@link SchedulingLimits}.)
 *
 * <p>Threading: every method may be called from any thread. Tasks run on the platform's daemon threads, never
 * on a Vaadin UI thread (use {@code UI.access} to change a screen), one run of a task at a time (a task never
 * overlaps itself). A task that throws is logged by its name and the failure's classes only (never its message,
 * which may carry personal data) and keeps its schedule. When the platform stops, every task is cancelled; a
 * feature cancels its own tasks when it stops (usually in its {@code @Deactivate} method).
 *
 * <pre>{@code
 * @Activate
 * public Reminders(@Reference Scheduler scheduler) {
 *     task = scheduler.every("volunteers-forgotten-check-outs", Duration.ofMinutes(5), this::remind);
 * }
 * @Deactivate
 * void stop() {
 *     task.cancel();
 * }
 * }</pre>
 *
 * @since 1.1
 */
@ProviderType
public interface Scheduler {

    /**
     * Runs {@code task} every day at {@code at} in the clock's time zone, first at the next such time (today's,
     * if it is still to come). On a day when {@code at} does not exist (the clocks go forward) it runs as many
     * minutes later as the gap lasts; when it exists twice (the clocks go back), at the first. A run missed while
     * the kiosk was off is not made up.
     *
     * @param name a short name for the log, such as {@code signin-closing-time}; never personal data
     * @param at the local time of day
     * @param task the work; may throw, which is logged and does not stop the schedule
     * @return the handle that cancels the task
     * @throws IllegalStateException if the scheduler has stopped
     */
    Task daily(String name, LocalTime at, Runnable task);

    /**
     * Runs {@code task} at once (as soon as a platform thread is free) and then again {@code period} after
     * each run has ended, by the clock.
     *
     * @param name a short name for the log; never personal data
     * @param period the time from the end of one run to the start of the next; at least one second
     * @param task the work; may throw, which is logged and does not stop the schedule
     * @return the handle that cancels the task
     * @throws IllegalArgumentException if {@code period} is shorter than one second
     * @throws IllegalStateException if the scheduler has stopped
     */
    Task every(String name, Duration period, Runnable task);

    /**
     * A scheduled task. Thread-safe.
     *
     * @since 1.1
     */
    @ProviderType
    interface Task {

        /**
         * Stops the task: it does not start again. A run under way is not interrupted. Calling it again does
         * nothing.
         */
        void cancel();

        /** Whether {@link #cancel()} was called or the scheduler has stopped. */
        boolean isCancelled();
    }
}
