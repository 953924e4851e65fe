package org.hearth.supervision.impl;

import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The center's supervision settings from ConfigAdmin, pid {@value #PID} (for example
 * {@code config/org.hearth.supervision.cfg}): how often associates are due (coaches are due weekly), how many
 * days after the due day a session counts as overdue, and how long a closed plan is kept and what then happens
 * to it. A value that cannot be read falls back to its default with a warning.
 */
@Component(service = SupervisionSettings.class, immediate = true, configurationPid = SupervisionSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class SupervisionSettings {

    static final String PID = "org.hearth.supervision";
    private static final Logger LOG = LoggerFactory.getLogger(SupervisionSettings.class);

    /** What happens to a plan once it has been closed for the retention time. */
    enum Retention { DELETE, ARCHIVE }

    /** The settings at one moment. */
    record Rules(int coachDays, int associateDays, int overdueAfterDays, int keepMonths, Retention retention) {
        static final Rules DEFAULT = new Rules(7, 14, 3, 12, Retention.DELETE);
    }

    private volatile Rules rules;

    @Activate
    public SupervisionSettings(Map<String, Object> properties) {
        this.rules = read(properties);
    }

    SupervisionSettings(Rules rules) {
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
        int associate = (int) number(properties, "associate_cadence_days", d.associateDays(), 1, 92);
        int overdue = (int) number(properties, "overdue_after_days", d.overdueAfterDays(), 0, 60);
        int keep = (int) number(properties, "plan_retention_months", d.keepMonths(), 1, 120);
        Object action = properties.get("plan_retention");
        Retention retention = d.retention();
        if (action != null && !action.toString().isBlank()) {
            try {
                retention = Retention.valueOf(action.toString().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                LOG.warn("plan_retention in {} must be delete or archive; using delete", PID);
            }
        }
        return new Rules(d.coachDays(), associate, overdue, keep, retention);
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
