package org.hearth.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One number of a {@link Measure}: for the period starting on {@code periodStart}, and for one kind of
 * support or for all kinds (empty). Exact: never a floating-point number.
 *
 * @since 1.1
 */
public record Count(LocalDate periodStart, Optional<KindOfSupport> kind, BigDecimal value) {

    /** Refuses missing values. */
    public Count {
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(value, "value");
        kind = kind == null ? Optional.empty() : kind;
    }

    /** A whole-number count for all kinds of support. */
    public static Count of(LocalDate periodStart, long value) {
        return new Count(periodStart, Optional.empty(), BigDecimal.valueOf(value));
    }
}
