package org.hearth.signin.impl;

import org.hearth.api.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    /** How long one look at today's offerings is shown to the next visitors. */
    static final Duration FRESH_FOR = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(TodayOfferings.class);

    private final Map<Locale, Snapshot> snapshots = new ConcurrentHashMap<>();

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

    /**
     * What is on today, soonest first. Each sign-in screen asks, so the answer is kept for a few seconds:
     * asking every feature's database for every visitor was a sixth of a sign-in's time. A feature that comes
     * or goes is seen at once (the list of sources changes); a group added or cancelled within seconds.
     */
    List<Offering> today(Locale locale) {
        LocalDate day = LocalDate.now(clock);
        List<OfferingSource> current = sources;
        Snapshot kept = snapshots.get(locale);
        if (kept != null && kept.isFor(current, day)) {
            return kept.offerings();
        }
        List<Offering> fresh = collect(current, day, locale);
        snapshots.put(locale, new Snapshot(current, day, System.nanoTime(), fresh));
        return fresh;
    }

    private record Snapshot(List<OfferingSource> sources, LocalDate day, long madeNanos, List<Offering> offerings) {
        boolean isFor(List<OfferingSource> current, LocalDate today) {
            return sources == current && day.equals(today) && System.nanoTime() - madeNanos < FRESH_FOR.toNanos();
        }
    }

    private static List<Offering> collect(List<OfferingSource> sources, LocalDate day, Locale locale) {
        List<Offering> all = new ArrayList<>();
        for (OfferingSource source : sources) {
            try {
                all.addAll(source.offerings(day, locale));
            } catch (RuntimeException e) {
                LOG.warn("An offering source failed and was skipped: {}", Failures.describe(e));
            }
        }
        all.sort(Comparator.comparing(Offering::start));
        return List.copyOf(all.size() > MAX_SHOWN ? all.subList(0, MAX_SHOWN) : all);
    }
}
