package org.hearth.volunteers.impl;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's and timeclock's settings from ConfigAdmin, pid {@value #PID} (for example
 * {@code config/org.hearth.volunteers.cfg}): the lead time inside which a drop needs a cover or a coordinator's
 * OK, the check-in windows, and the rounding of hours. A value that cannot be read falls back to its default
 * with a warning.
 */
@Component(service = ShiftSettings.class, immediate = true, configurationPid = ShiftSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ShiftSettings {

    static final String PID = "org.hearth.volunteers";
    static final Set<Integer> ROUNDINGS = Set.of(0, 5, 10, 15);
    private static final Logger LOG = LoggerFactory.getLogger(ShiftSettings.class);

    /** The settings at one moment. */
    record Rules(Duration leadTime, Duration early, Duration late, int roundingMinutes) {

        static final Rules DEFAULT = new Rules(Duration.ofHours(48), Duration.ofMinutes(30), Duration.ofMinutes(60), 0);

        /** Minutes rounded to the nearest step of the rounding rule (none, 5, 10 or 15). */
        int round(long minutes) {
            if (roundingMinutes == 0) {
                return (int) minutes;
            }
            return (int) (Math.round(minutes / (double) roundingMinutes) * roundingMinutes);
        }
    }

    private volatile Rules rules;

    @Activate
    public ShiftSettings(Map<String, Object> properties) {
        this.rules = read(properties);
    }

    ShiftSettings(Rules rules) {
        this.rules = rules;
    }

    @Modified
    void modified(Map<String, Object> properties) {
        rules = read(properties);
    }

    Rules rules() {
        return rules;
    }

    static Rules read(Map<String, Object> properties) {
        Rules d = Rules.DEFAULT;
        long lead = number(properties, "lead_time_hours", d.leadTime().toHours(), 0, 24 * 14);
        long early = number(properties, "check_in_early_minutes", d.early().toMinutes(), 0, 240);
        long late = number(properties, "check_in_late_minutes", d.late().toMinutes(), 0, 240);
        int rounding = (int) number(properties, "rounding_minutes", 0, 0, 15);
        if (!ROUNDINGS.contains(rounding)) {
            LOG.warn("rounding_minutes must be 0, 5, 10 or 15; using no rounding");
            rounding = 0;
        }
        return new Rules(Duration.ofHours(lead), Duration.ofMinutes(early), Duration.ofMinutes(late), rounding);
    }

    private static long number(Map<String, Object> properties, String key, long fallback, long least, long most) {
        Object value = properties.get(key);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.toString().strip());
            if (n >= least && n <= most) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warn("{} in {} must be a whole number from {} to {}; using {}", key, PID, least, most, fallback);
        return fallback;
    }
}
