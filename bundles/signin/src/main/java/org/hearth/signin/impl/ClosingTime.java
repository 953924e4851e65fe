package org.hearth.signin.impl;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * in {@code config/org.hearth.signin.cfg}. Checked at start and then every minute.
 */
@Component(service = ClosingTime.class, immediate = true, configurationPid = ClosingTime.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ClosingTime {

    static final String PID = "org.hearth.signin";
    static final String PROPERTY = "closing_time";
    static final String DEFAULT = "21:00";
    private static final Logger LOG = LoggerFactory.getLogger(ClosingTime.class);

    private final VisitBook visits;
    private final ScheduledExecutorService timer;
    private volatile LocalTime closing;

    @Activate
    public ClosingTime(@Reference VisitBook visits, Map<String, Object> properties) {
        this.visits = visits;
        this.closing = parse(properties.get(PROPERTY));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "hearth-signin-closing");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::signOutIfClosed, 0, 1, TimeUnit.MINUTES);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        closing = parse(properties.get(PROPERTY));
        timer.execute(this::signOutIfClosed);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
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
            LOG.warn("Could not sign out visits at closing time: {}", e.toString());
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
