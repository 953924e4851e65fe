package org.hearth.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's one place for counts: every {@link CountSource} in the kiosk, with the small-count rule
 * ({@link Suppression}) applied here and nowhere else. Used by the coordinators' dashboard and the funder
 * report. Thread-safe. A source that throws is left out and logged, never fails the whole board.
 *
 * @since 1.1
 */
@ProviderType
public interface CountBoard {

    /** Who will see the figures: the coordinator on screen sees true numbers, an export never small ones. */
    enum Audience { SCREEN, EXPORT }

    /** Every measure of every source now in the kiosk, in the given language, sorted by id (the network's). */
    List<Measure> measures(Locale locale);

    /**
     * The figures of one measure for the periods starting between {@code from} and {@code to}. For
     * {@link Audience#EXPORT}, counts of people and times from 1 to 10 are suppressed. Empty when no source
     * offers the measure.
     */
    List<Figure> figures(String measureId, LocalDate from, LocalDate to, Period period, Audience audience);

    /**
     * The measures counted within a scope. For one center of a network of several, only the measures of
     * sources that count by center: the others count the whole network and would pass it off as the center's.
     *
     * @since 1.2
     */
    List<Measure> measures(Locale locale, CountScope scope);

    /** {@link #figures(String, LocalDate, LocalDate, Period, Audience)} within a scope. @since 1.2 */
    List<Figure> figures(String measureId, LocalDate from, LocalDate to, Period period, Audience audience,
                         CountScope scope);
}
