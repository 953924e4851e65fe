package org.hearth.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A count as it may be shown or exported: the number, or nothing when the small-count rule hides it.
 *
 * @param periodStart the first day of the period
 * @param kind        the kind of support, or empty for all kinds
 * @param value       the number; empty when suppressed
 * @param shown       how to write it ({@link Suppression#SMALL} when suppressed)
 * @since 1.1
 */
public record Figure(LocalDate periodStart, Optional<KindOfSupport> kind, Optional<BigDecimal> value, String shown) {
}
