package org.hearth.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A feature's contribution to the coordinators' dashboard and the funder report: the measures it counts,
 * by period and by kind of support. Register it as an OSGi service; the platform's {@link CountBoard}
 * gathers every source and applies the small-count rule once, so a source returns true numbers. Thread-safe;
 * numbers only, never anything about a person.
 *
 * @since 1.1
 */
@ConsumerType
public interface CountSource {

    /** The measures this source counts, titled in the given language. */
    List<Measure> measures(Locale locale);

    /**
     * The counts of one of this source's measures for every period that starts between {@code from} and
     * {@code to} (both inclusive, already aligned to {@code period} starts), sorted by period. A period with
     * nothing counted may be left out. Counts split by kind of support carry the kind; totals carry none.
     */
    List<Count> count(String measureId, LocalDate from, LocalDate to, Period period);

    /**
     * Whether this source can count one center apart from the others ({@link #count(String, LocalDate,
     * LocalDate, Period, CountScope)}). A source that cannot counts the whole database, which on a single kiosk
     * is its own center.
     *
     * @since 1.2
     */
    default boolean countsByCenter() {
        return false;
    }

    /**
     * The counts of one of this source's measures within a scope: one center's or the network's, people
     * unduplicated within it. By default the counts of {@link #count(String, LocalDate, LocalDate, Period)},
     * for a source that does not count by center.
     *
     * @since 1.2
     */
    default List<Count> count(String measureId, LocalDate from, LocalDate to, Period period, CountScope scope) {
        return count(measureId, from, to, period);
    }
}
