package org.hearth.volunteers.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the stipend rules from ConfigAdmin, and the arithmetic of one rule, in exact cents. */
class StipendRulesTest {

    private static StipendRules.Rule hourly(String rate) {
        return new StipendRules.Rule(StipendRules.Kind.HOURLY, new BigDecimal(rate));
    }

    @Test
    void hourlyRatesAreExactToTheCentAndRoundedHalfUp() {
        StipendRules.Rule rule = hourly("12.50");
        assertThat(rule.cents(200, RoundingMode.HALF_UP)).isEqualTo(4167);   // 3 h 20 min: 41.666... -> 41.67
        assertThat(rule.cents(60, RoundingMode.HALF_UP)).isEqualTo(1250);
        assertThat(rule.cents(1, RoundingMode.HALF_UP)).isEqualTo(21);       // 0.2083 -> 0.21
        assertThat(hourly("0.30").cents(1, RoundingMode.HALF_UP)).isEqualTo(1);   // 0.005 -> 0.01
        assertThat(hourly("0.30").cents(1, RoundingMode.HALF_EVEN)).isZero();      // 0.005 -> 0.00
        assertThat(hourly("12.50").cents(200, RoundingMode.DOWN)).isEqualTo(4166);
        assertThat(hourly("9999.99").cents(1440, RoundingMode.HALF_UP)).isEqualTo(23_999_976);
        assertThat(rule.cents(0, RoundingMode.HALF_UP)).isZero();
    }

    @Test
    void aFlatAmountIsPaidPerShiftWithAnyApprovedTime() {
        StipendRules.Rule flat = new StipendRules.Rule(StipendRules.Kind.FLAT, new BigDecimal("25.00"));
        assertThat(flat.cents(5, RoundingMode.HALF_UP)).isEqualTo(2500);
        assertThat(flat.cents(600, RoundingMode.HALF_UP)).isEqualTo(2500);
        assertThat(flat.cents(0, RoundingMode.HALF_UP)).isZero();
    }

    @Test
    void theFileIsReadWithItsDefaults() {
        StipendRules.Settings s = StipendRules.read(Map.of("role.front_desk", "hourly 12.50",
                "role.group_facilitator", " FLAT 25 ", "prevailing_wage", "30.00", "tax_line.2027", "2050.00",
                "component.name", "org.hearth.volunteers.impl.StipendRules"));
        assertThat(s.rule("front_desk")).contains(hourly("12.50"));
        assertThat(s.rule("group_facilitator")).contains(new StipendRules.Rule(StipendRules.Kind.FLAT,
                new BigDecimal("25.00")));
        assertThat(s.rule("kitchen")).isEmpty();
        assertThat(s.rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(s.vpaCents()).isEqualTo(50_000);
        assertThat(s.wageCeilingCents()).contains(600L);
        assertThat(s.taxLine(2024)).isEqualTo(new StipendRules.Line(60_000, 2025));
        assertThat(s.taxLine(2025)).isEqualTo(new StipendRules.Line(60_000, 2025));
        assertThat(s.taxLine(2026)).isEqualTo(new StipendRules.Line(200_000, 2026));
        assertThat(s.taxLine(2027)).isEqualTo(new StipendRules.Line(205_000, 2027));
        assertThat(s.taxLine(2031)).isEqualTo(new StipendRules.Line(205_000, 2027));
        assertThat(StipendRules.read(Map.of()).taxLine(2028)).isEqualTo(new StipendRules.Line(200_000, 2026));
    }

    @Test
    void badValuesAreLeftOutAndTheDefaultsKept() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("role.front_desk", "hourly 12.505");      // three decimals
        bad.put("role.kitchen", "hourly -3.00");          // negative
        bad.put("role.event_help", "flat 10000.01");      // absurd
        bad.put("role.outreach_calls", "weekly 5.00");    // no such kind
        bad.put("role.Bad Code", "flat 5.00");
        bad.put("role.group_facilitator", "flat 1e3");    // a number, but written oddly: 1000.00 is fine
        bad.put("vpa_line", "five hundred");
        bad.put("prevailing_wage", "-1");
        bad.put("tax_line.2026", "2000.001");
        bad.put("tax_line.next", "700.00");
        bad.put("rounding", "banker");
        StipendRules.Settings s = StipendRules.read(bad);
        assertThat(s.roles()).containsOnlyKeys("group_facilitator");
        assertThat(s.rule("group_facilitator").orElseThrow().amount()).isEqualByComparingTo("1000");
        assertThat(s.vpaCents()).isEqualTo(StipendRules.VPA_LINE);
        assertThat(s.prevailingWage()).isEmpty();
        assertThat(s.taxLine(2026).cents()).isEqualTo(200_000);
        assertThat(s.taxLines()).containsOnlyKeys(2025, 2026);
        assertThat(s.rounding()).isEqualTo(RoundingMode.HALF_UP);
    }

    @Test
    void theComponentTakesANewFileWhole() {
        StipendRules rules = new StipendRules(Map.of("role.kitchen", "hourly 10.00"));
        assertThat(rules.settings().rule("kitchen")).isPresent();
        rules.modified(Map.of("role.front_desk", "flat 5.00", "vpa_line", "400"));
        assertThat(rules.settings().rule("kitchen")).isEmpty();
        assertThat(rules.settings().vpaCents()).isEqualTo(40_000);
    }

    @Test
    void moneyIsWholeCentsOrRefused() {
        assertThat(Money.cents(new BigDecimal("41.67"))).isEqualTo(4167);
        assertThat(Money.cents(new BigDecimal("-5"))).isEqualTo(-500);
        assertThatThrownBy(() -> Money.cents(new BigDecimal("1.005"))).isInstanceOf(Refusal.class)
                .hasMessage("error.stipend.cents");
        assertThat(Money.plain(-500)).isEqualTo("-5.00");
        assertThat(Money.shown(104_167, java.util.Locale.ENGLISH)).isEqualTo("$1,041.67");
        assertThat(Money.shown(-500, java.util.Locale.ENGLISH)).isEqualTo("\u2212$5.00");
        assertThat(Money.hours(200)).isEqualTo("3.33");
    }
}
