package org.hearth.signin.impl;

import org.hearth.api.Failures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hearth.api.Offering;
import org.hearth.api.OfferingSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Today's groups and events from every feature that offers them (none, one or many; they come and go).
 * A source that fails is skipped, so a broken feature never stops anyone signing in.
 */
@Component(service = TodayOfferings.class, immediate = true)
public class TodayOfferings {

    /** The most offerings shown on the kiosk at once. */
    static final int MAX_SHOWN = 12;
    private static final Logger LOG = LoggerFactory.getLogger(TodayOfferings.class);

    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile List<OfferingSource> sources = List.of();

    @Activate
    public TodayOfferings(@Reference Clock clock) {
        this.clock = clock;
    }

    /** The center's time zone, for showing start times. */
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** What is on today, soonest first. */
    List<Offering> today(Locale locale) {
        LocalDate day = LocalDate.now(clock);
        List<Offering> all = new ArrayList<>();
        for (OfferingSource source : sources) {
            try {
                all.addAll(source.offerings(day, locale));
            } catch (RuntimeException e) {
                LOG.warn("An offering source failed and was skipped: {}", Failures.describe(e));
            }
        }
        all.sort(Comparator.comparing(Offering::start));
        return all.size() > MAX_SHOWN ? all.subList(0, MAX_SHOWN) : all;
    }
}
