package org.hearth.volunteers.impl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Money in whole cents (never floating point): conversions and how amounts read on screen and in files. */
final class Money {

    /** The most one rule, adjustment or payment may be: 10,000.00. */
    static final long MOST_CENTS = 1_000_000;

    private Money() {
    }

    /** The amount as cents; an amount with more than two decimals is refused ({@code error.stipend.cents}). */
    static long cents(BigDecimal amount) {
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new Refusal("error.stipend.cents");
        }
    }

    static BigDecimal amount(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** For files: {@code 41.67}, {@code -5.00}; no currency sign, no grouping. */
    static String plain(long cents) {
        return amount(cents).toPlainString();
    }

    /** For people: {@code $1,041.67} (dollars, as the center's stipends are US payments), grouping by language. */
    static String shown(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance("es".equals(locale.getLanguage())
                ? Locale.forLanguageTag("es-US") : Locale.US);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String number = format.format(amount(Math.abs(cents)));
        return (cents < 0 ? "\u2212$" : "$") + number;
    }

    /** Minutes as decimal hours with two decimals ({@code 200} is {@code 3.33}), for the bookkeeper. */
    static String hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
