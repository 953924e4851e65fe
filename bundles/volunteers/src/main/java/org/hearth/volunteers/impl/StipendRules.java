package org.hearth.volunteers.impl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

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
        return StipendRulesFile.read(properties);
    }
}
