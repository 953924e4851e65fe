package org.hearth.signin.impl;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.hearth.api.Failures;
import org.hearth.api.Scheduler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs out everyone still signed in once the center closes. The closing time is read from ConfigAdmin,
 * pid {@value #PID}, property {@value #PROPERTY} ({@code HH:mm}, default {@value #DEFAULT}), for example
 * in {@code config/org.hearth.signin.cfg}. Checked at start (and when the configuration changes) and then every
 * minute, on the platform's {@link Scheduler}.
 */
@Component(service = ClosingTime.class, immediate = true, configurationPid = ClosingTime.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ClosingTime {

    static final String PID = "org.hearth.signin";
    static final String PROPERTY = "closing_time";
    static final String DEFAULT = "21:00";
    static final String TASK = "signin-closing-time";
    static final Duration CHECK = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(ClosingTime.class);

    private final VisitBook visits;
    private final Scheduler scheduler;
    private volatile LocalTime closing;
    private Scheduler.Task check;

    @Activate
    public ClosingTime(@Reference VisitBook visits, @Reference Scheduler scheduler, Map<String, Object> properties) {
        this.visits = visits;
        this.scheduler = scheduler;
        this.closing = parse(properties.get(PROPERTY));
        this.check = scheduler.every(TASK, CHECK, this::signOutIfClosed);
    }

    /** A new closing time is checked at once (a new every-minute task starts with a run). */
    @Modified
    synchronized void modified(Map<String, Object> properties) {
        closing = parse(properties.get(PROPERTY));
        check.cancel();
        check = scheduler.every(TASK, CHECK, this::signOutIfClosed);
    }

    @Deactivate
    synchronized void deactivate() {
        check.cancel();
    }

    /** The configured closing time. */
    LocalTime closing() {
        return closing;
    }

    /** Signs out everyone still in once the closing time has passed; never throws. */
    void signOutIfClosed() {
        try {
            int count = visits.signOutAfterClosing(closing);
            if (count > 0) {
                LOG.info("Signed out {} visits at closing time {}", count, closing);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not sign out visits at closing time: {}", Failures.describe(e));
        }
    }

    /** A closing time from its configured value; the default, with a warning, when it cannot be read. */
    static LocalTime parse(Object value) {
        if (value == null || value.toString().isBlank()) {
            return LocalTime.parse(DEFAULT);
        }
        try {
            return LocalTime.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            LOG.warn("{} {}='{}' is not a time like 21:00; using {}", PID, PROPERTY, value, DEFAULT);
            return LocalTime.parse(DEFAULT);
        }
    }
}
