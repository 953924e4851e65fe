package org.hearth.console.impl;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.Measure;
import org.hearth.api.Suppression;

/**
 * How numbers read in the viewer's language: counts grouped ({@code 1,204}), hours to the hundredth, money in the
 * center's dollars to the cent, exactly (a {@link BigDecimal} is never turned into a double); files get plain numbers.
 */
final class Numbers {

    private Numbers() {
    }

    /** The number formats' locale: US conventions, as the center's stipends are US payments, in the viewer's language. */
    static Locale numbers(Locale locale) {
        return "es".equals(locale.getLanguage()) ? Locale.forLanguageTag("es-US") : Locale.US;
    }

    static String shown(Measure.Unit unit, BigDecimal value, Locale locale) {
        NumberFormat format = unit == Measure.Unit.MONEY ? NumberFormat.getCurrencyInstance(numbers(locale))
                : NumberFormat.getNumberInstance(numbers(locale));
        if (unit == Measure.Unit.MONEY) {
            format.setCurrency(Currency.getInstance("USD"));
            format.setMinimumFractionDigits(2);
        } else {
            format.setMinimumFractionDigits(0);
        }
        format.setMaximumFractionDigits(unit == Measure.Unit.MONEY || unit == Measure.Unit.HOURS ? 2 : 0);
        return format.format(value);
    }

    /** A report's value on screen: the number, or {@value Suppression#SMALL} when suppressed. */
    static String shown(Measure.Unit unit, Optional<BigDecimal> value, Locale locale) {
        return value.map(v -> shown(unit, v, locale)).orElse(Suppression.SMALL);
    }

    /** A report's value in a file: {@code 1204}, {@code 41.67}, or {@value Suppression#SMALL}. */
    static String plain(Measure.Unit unit, Optional<BigDecimal> value) {
        return value.map(v -> unit == Measure.Unit.MONEY ? v.setScale(2).toPlainString() : v.stripTrailingZeros()
                .toPlainString()).orElse(Suppression.SMALL);
    }

    /** A month's name and year: {@code November 2026}, {@code noviembre de 2026}. */
    static String month(LocalDate month, Locale locale) {
        return DateTimeFormatter.ofPattern("es".equals(locale.getLanguage()) ? "MMMM 'de' yyyy" : "MMMM yyyy", locale)
                .format(month);
    }

    /** A short month for a chart's axis: {@code Nov 26}. */
    static String shortMonth(LocalDate month, Locale locale) {
        return DateTimeFormatter.ofPattern("MMM yy", locale).format(month);
    }

    /** A day as people write it: {@code 1 November 2026}, {@code 1 de noviembre de 2026}. */
    static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("es".equals(locale.getLanguage()) ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy",
                locale).format(day);
    }
}
