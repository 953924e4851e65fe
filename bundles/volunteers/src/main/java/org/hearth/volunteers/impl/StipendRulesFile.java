package org.hearth.volunteers.impl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading {@link StipendRules}' ConfigAdmin properties: every value that cannot be read is left out with a
 * warning (the key and why; configuration is never personal data) and its default kept. Stateless.
 */
final class StipendRulesFile {

    private static final Logger LOG = LoggerFactory.getLogger(StipendRules.class);
    private static final String PID = StipendRules.PID;
    private static final Pattern RULE = Pattern.compile("(hourly|flat)\\s+(\\S+)");
    private static final Pattern ROLE = Pattern.compile("[a-z0-9_]{1,32}");

    private StipendRulesFile() {
    }

    static StipendRules.Settings read(Map<String, Object> properties) {
        Map<String, StipendRules.Rule> roles = new TreeMap<>();
        NavigableMap<Integer, Long> taxLines = new TreeMap<>(StipendRules.defaultTaxLines());
        properties.forEach((key, value) -> {
            String text = value == null ? "" : value.toString().strip();
            if (key.startsWith("role.")) {
                role(key, text).ifPresent(rule -> roles.put(key.substring(5), rule));
            } else if (key.startsWith("tax_line.")) {
                taxLine(key, text, taxLines);
            }
        });
        long vpa = money("vpa_line", properties.get("vpa_line")).map(Money::cents).orElse(StipendRules.VPA_LINE);
        Optional<BigDecimal> wage = money("prevailing_wage", properties.get("prevailing_wage"));
        return new StipendRules.Settings(Map.copyOf(roles), rounding(properties.get("rounding")), vpa, wage,
                java.util.Collections.unmodifiableNavigableMap(taxLines));
    }

    private static Optional<StipendRules.Rule> role(String key, String text) {
        Matcher rule = RULE.matcher(text.toLowerCase(Locale.ROOT));
        if (!ROLE.matcher(key.substring(5)).matches() || !rule.matches()) {
            LOG.warn("{} in {} must read 'hourly 12.50' or 'flat 25.00' (a role code of a-z, 0-9 and _);"
                    + " this role earns no stipend until it is set right", key, PID);
            return Optional.empty();
        }
        StipendRules.Kind kind = "hourly".equals(rule.group(1)) ? StipendRules.Kind.HOURLY
                : StipendRules.Kind.FLAT;
        return money(key, rule.group(2)).map(amount -> new StipendRules.Rule(kind, amount));
    }

    private static void taxLine(String key, String text, NavigableMap<Integer, Long> lines) {
        int year;
        try {
            year = Integer.parseInt(key.substring(9));
        } catch (NumberFormatException e) {
            year = -1;
        }
        if (year < 2000 || year > 2200) {
            LOG.warn("{} in {} is not tax_line.<year>; left out", key, PID);
            return;
        }
        int y = year;
        money(key, text).ifPresent(amount -> lines.put(y, Money.cents(amount)));
    }

    /**
     * An amount of money from the file: a plain number, at most two decimals, from 0 to 10,000. Empty (with a
     * warning, unless it was simply not given) otherwise.
     */
    static Optional<BigDecimal> money(String key, Object value) {
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.stripTrailingZeros().scale() <= 2 && amount.signum() >= 0
                    && amount.compareTo(Money.amount(Money.MOST_CENTS)) <= 0) {
                return Optional.of(amount.setScale(2, RoundingMode.UNNECESSARY));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        LOG.warn("{} in {} must be an amount from 0 to 10000 with at most two decimals, not '{}'; using the default",
                key, PID, text);
        return Optional.empty();
    }

    private static RoundingMode rounding(Object value) {
        String text = value == null ? "" : value.toString().strip().toUpperCase(Locale.ROOT);
        return switch (text) {
            case "", "HALF_UP" -> RoundingMode.HALF_UP;
            case "HALF_EVEN" -> RoundingMode.HALF_EVEN;
            case "DOWN" -> RoundingMode.DOWN;
            default -> {
                LOG.warn("rounding in {} must be half_up, half_even or down; using half_up", PID);
                yield RoundingMode.HALF_UP;
            }
        };
    }
}
