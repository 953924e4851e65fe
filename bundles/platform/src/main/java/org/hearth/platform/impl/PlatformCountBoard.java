package org.hearth.platform.impl;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hearth.api.Centers;
import org.hearth.api.Count;
import org.hearth.api.CountScope;
import org.hearth.api.CountBoard;
import org.hearth.api.CountSource;
import org.hearth.api.Figure;
import org.hearth.api.Measure;
import org.hearth.api.Period;
import org.hearth.api.Suppression;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every feature's counts in one place; the small-count rule is applied here and nowhere else. */
@Component
public class PlatformCountBoard implements CountBoard {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformCountBoard.class);

    private final List<CountSource> sources = new CopyOnWriteArrayList<>();

    /** Absent in plain unit tests: then the kiosk is its network's one center. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Centers centers;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(CountSource source) {
        sources.add(source);
    }

    void removeSource(CountSource source) {
        sources.remove(source);
    }

    @Override
    public List<Measure> measures(Locale locale) {
        return measures(locale, CountScope.NETWORK);
    }

    @Override
    public List<Measure> measures(Locale locale, CountScope scope) {
        List<CountSource> shown = sources.stream().filter(PlatformCountBoard::countsByCenter).toList();
        if (shown.size() < sources.size() && oneCenter(scope)) {
            shown = List.copyOf(sources);
        }
        return shown.stream()
                .flatMap(s -> measuresOf(s, locale).stream())
                .sorted(Comparator.comparing(Measure::id)).toList();
    }

    @Override
    public List<Figure> figures(String measureId, LocalDate from, LocalDate to, Period period, Audience audience) {
        return figures(measureId, from, to, period, audience, CountScope.NETWORK);
    }

    @Override
    public List<Figure> figures(String measureId, LocalDate from, LocalDate to, Period period, Audience audience,
                                CountScope scope) {
        for (CountSource source : sources) {
            Optional<Measure> measure = measuresOf(source, Locale.ENGLISH).stream()
                    .filter(m -> m.id().equals(measureId)).findFirst();
            if (measure.isPresent()) {
                // the centers are looked up only for a source that cannot count by center: not on each figure
                if (!countsByCenter(source) && !oneCenter(scope)) {
                    return List.of();
                }
                boolean hide = audience == Audience.EXPORT && measure.get().unit().suppressible();
                return countsOf(source, measureId, period.start(from), period.start(to), period, scope).stream()
                        .map(c -> figure(c, hide)).toList();
            }
        }
        return List.of();
    }

    /** Whether the scope's figures are the whole database's: the network, or the only center there is. */
    private boolean oneCenter(CountScope scope) {
        Centers known = centers;
        return scope.network() || known == null || known.all().size() <= 1;
    }

    private static boolean countsByCenter(CountSource source) {
        try {
            return source.countsByCenter();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Figure figure(Count count, boolean hide) {
        boolean suppressed = hide && count.value().signum() > 0
                && Suppression.suppressed(count.value().longValue());
        return new Figure(count.periodStart(), count.kind(),
                suppressed ? Optional.empty() : Optional.of(count.value()),
                suppressed ? Suppression.SMALL : count.value().toPlainString());
    }

    private static List<Measure> measuresOf(CountSource source, Locale locale) {
        try {
            return source.measures(locale);
        } catch (RuntimeException e) {
            LOG.warn("A count source could not list its measures: {}", e.toString());
            return List.of();
        }
    }

    private static List<Count> countsOf(CountSource source, String id, LocalDate from, LocalDate to, Period period,
                                        CountScope scope) {
        try {
            return source.count(id, from, to, period, scope);
        } catch (RuntimeException e) {
            LOG.warn("A count source could not count {}: {}", id, e.toString());
            return List.of();
        }
    }
}
