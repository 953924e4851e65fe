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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stipend rules from ConfigAdmin, pid {@value #PID} ({@code config/org.hearth.volunteers.stipends.cfg}): per
 * shift role a flat amount per shift or an hourly rate, how an hourly result is rounded to the cent, the Volunteer
 * Protection Act line and the tax information-return line by year of payment. A value that cannot be read (more
 * than two decimals, negative, over 10,000, not a number) is left out with a warning and its default used; the
 * rules never fail to load. Thread-safe: the rules are replaced whole when the file changes.
 */
@Component(service = StipendRules.class, immediate = true, configurationPid = StipendRules.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class StipendRules {

    static final String PID = "org.hearth.volunteers.stipends";
    /** 42 U.S.C. 14505(6): more than $500 a year in compensation and one is no longer a volunteer under the Act. */
    static final long VPA_LINE = 50_000;
    /** The share of a prevailing wage above which a stipend reads as pay rather than a nominal fee. */
    static final BigDecimal WAGE_SHARE = new BigDecimal("0.20");
    private static final Logger LOG = LoggerFactory.getLogger(StipendRules.class);
    private static final Pattern RULE = Pattern.compile("(hourly|flat)\\s+(\\S+)");
    private static final Pattern ROLE = Pattern.compile("[a-z0-9_]{1,32}");

    /** A flat amount for each approved shift, or an hourly rate for the approved minutes. */
    enum Kind { FLAT, HOURLY }

    /** One role's rule. */
    record Rule(Kind kind, BigDecimal amount) {

        /** What {@code minutes} of approved time earn, in cents (a flat amount needs at least one minute). */
        long cents(int minutes, RoundingMode rounding) {
            if (minutes <= 0) {
                return 0;
            }
            if (kind == Kind.FLAT) {
                return Money.cents(amount);
            }
            return Money.cents(amount.multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 2, rounding));
        }
    }

    /** A line in cents, and the year whose figure it is (a later year without its own figure uses the last). */
    record Line(long cents, int year) {
    }

    /** The rules at one moment. */
    record Settings(Map<String, Rule> roles, RoundingMode rounding, long vpaCents, Optional<BigDecimal> prevailingWage,
                    NavigableMap<Integer, Long> taxLines) {

        static final Settings DEFAULT = new Settings(Map.of(), RoundingMode.HALF_UP, VPA_LINE, Optional.empty(),
                defaultTaxLines());

        Optional<Rule> rule(String roleCode) {
            return Optional.ofNullable(roles.get(roleCode));
        }

        /** The information-return line for payments made in {@code year}. */
        Line taxLine(int year) {
            Map.Entry<Integer, Long> line = taxLines.floorEntry(year);
            if (line == null) {
                line = taxLines.firstEntry();
            }
            return new Line(line.getValue(), line.getKey());
        }

        /** 20 % of the prevailing hourly wage, in cents, when the center set one. */
        Optional<Long> wageCeilingCents() {
            return prevailingWage.map(w -> Money.cents(w.multiply(WAGE_SHARE).setScale(2, RoundingMode.HALF_UP)));
        }
    }

    private volatile Settings settings;

    @Activate
    public StipendRules(Map<String, Object> properties) {
        this.settings = read(properties);
    }

    StipendRules(Settings settings) {
        this.settings = settings;
    }

    @Modified
    void modified(Map<String, Object> properties) {
        settings = read(properties);
    }

    Settings settings() {
        return settings;
    }

    static NavigableMap<Integer, Long> defaultTaxLines() {
        NavigableMap<Integer, Long> lines = new TreeMap<>();
        lines.put(2025, 60_000L);
        lines.put(2026, 200_000L);
        return java.util.Collections.unmodifiableNavigableMap(lines);
    }

    static Settings read(Map<String, Object> properties) {
        Map<String, Rule> roles = new TreeMap<>();
        NavigableMap<Integer, Long> taxLines = new TreeMap<>(defaultTaxLines());
        properties.forEach((key, value) -> {
            String text = value == null ? "" : value.toString().strip();
            if (key.startsWith("role.")) {
                role(key, text).ifPresent(rule -> roles.put(key.substring(5), rule));
            } else if (key.startsWith("tax_line.")) {
                taxLine(key, text, taxLines);
            }
        });
        long vpa = money("vpa_line", properties.get("vpa_line")).map(Money::cents).orElse(VPA_LINE);
        Optional<BigDecimal> wage = money("prevailing_wage", properties.get("prevailing_wage"));
        return new Settings(Map.copyOf(roles), rounding(properties.get("rounding")), vpa, wage,
                java.util.Collections.unmodifiableNavigableMap(taxLines));
    }

    private static Optional<Rule> role(String key, String text) {
        Matcher rule = RULE.matcher(text.toLowerCase(Locale.ROOT));
        if (!ROLE.matcher(key.substring(5)).matches() || !rule.matches()) {
            LOG.warn("{} in {} must read 'hourly 12.50' or 'flat 25.00' (a role code of a-z, 0-9 and _);"
                    + " this role earns no stipend until it is set right", key, PID);
            return Optional.empty();
        }
        Kind kind = "hourly".equals(rule.group(1)) ? Kind.HOURLY : Kind.FLAT;
        return money(key, rule.group(2)).map(amount -> new Rule(kind, amount));
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
