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
}
