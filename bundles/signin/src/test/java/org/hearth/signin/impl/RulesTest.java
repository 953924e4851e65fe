package org.hearth.signin.impl;

import org.hearth.api.NameMatching;

import org.hearth.api.Suppression;
import org.hearth.api.Failures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Offering;
import org.hearth.api.Person;
import org.junit.jupiter.api.Test;

/** The rules, without a database: masking, matching and the duplicate rule, tiers, suppression. */
class RulesTest {

    @Test
    void aMaskShowsTwoLettersTwoBulletsAndTheLastInitial() {
        assertThat(masked("John", Optional.of("r"))).isEqualTo("Jo•• R.");
        assertThat(masked("Jonathan", Optional.of("R"))).isEqualTo("Jo•• R.");
        assertThat(masked("Al", Optional.empty())).isEqualTo("Al••");
        assertThat(masked("  María  ", Optional.of(" s "))).isEqualTo("Ma•• S.");
    }

    @Test
    void aMaskKeepsEmojiAndAccentsWholeAndWorksForRightToLeftNames() {
        assertThat(masked("👩‍🦰👍🏽Rose", Optional.empty())).isEqualTo("👩‍🦰👍🏽••");
        assertThat(masked("Jose\u0301", Optional.empty())).isEqualTo("Jo••");
        assertThat(masked("مريم", Optional.of("ك"))).isEqualTo("مر•• ك.");
    }

    @Test
    void closeNamesAreTheSameKeyOrSameFirstLettersWithTheSameInitial() {
        assertThat(NameMatching.close("John", Optional.empty(), "john", Optional.of("R"))).isTrue();
        assertThat(NameMatching.close("Jo-Ann", Optional.empty(), "Joann", Optional.empty())).isTrue();
        assertThat(NameMatching.close("José", Optional.empty(), "Jose", Optional.empty())).isTrue();
        assertThat(NameMatching.close("John", Optional.of("R"), "Johnny", Optional.of("r"))).isTrue();
        assertThat(NameMatching.close("John", Optional.of("R"), "Johnny", Optional.of("S"))).isFalse();
        assertThat(NameMatching.close("John", Optional.empty(), "Johnny", Optional.empty())).isFalse();
        assertThat(NameMatching.close("Jo", Optional.of("R"), "Joe", Optional.of("R"))).isFalse();
        assertThat(NameMatching.close("Maria", Optional.of("L"), "Mark", Optional.of("L"))).isTrue();
    }

    @Test
    void closeNamesShareTheirLockKeyAndTheKeyHoldsNoName() {
        assertThat(NameRule.lockKey("John")).isEqualTo(NameRule.lockKey("Johnny")).isEqualTo(NameRule.lockKey("JOH-N"));
        assertThat(NameRule.lockKey("John")).isNotEqualTo(NameRule.lockKey("Mary")).doesNotContain("joh").hasSize(64);
    }

    @Test
    void oneOrTwoLettersShowNobody() {
        List<Person> three = List.of(person("John"), person("Joan"), person("Joe"));
        assertThat(NameMatching.shown("J", three)).isEmpty();
        assertThat(NameMatching.shown("Jo", three)).isEmpty();
        assertThat(NameMatching.shown(" j o ", three)).isEmpty();
        assertThat(NameMatching.shown("Joh", List.of(person("John")))).hasSize(1);
    }

    @Test
    void neverMoreThanThreeAreShownAndNeverAListToBrowse() {
        List<Person> four = List.of(person("Joanna"), person("Joe"), person("John"), person("John"));
        assertThat(NameMatching.shown("Jo", four)).isEmpty();
        assertThat(NameMatching.shown("Joh", four.subList(2, 4))).hasSize(2);
        assertThat(NameMatching.shown("Joe", four)).extracting(Person::chosenName).containsExactly("Joe");
        List<Person> fourJohns = List.of(person("John"), person("John"), person("John"), person("John"));
        assertThat(NameMatching.shown("John", fourJohns)).isEmpty();
    }

    @Test
    void namesAreCheckedKindly() {
        assertThatThrownBy(() -> NameRule.checkChosenName("   \t ")).hasMessage("error.name.empty");
        assertThatThrownBy(() -> NameRule.checkChosenName("x".repeat(10_000))).hasMessage("error.name.long");
        assertThatThrownBy(() -> NameRule.checkChosenName("😀".repeat(31))).hasMessage("error.name.long");
        assertThat(NameRule.checkChosenName("  Robert'); DROP TABLE person;-- ")).isEqualTo("Robert'); DROP TABLE person;--");
        assertThat(NameMatching.letters("<b>")).isEqualTo(1);
    }

    @Test
    void onlyCountOnlyKeepsNoPersonAndOnlyNamedContactKeepsAContact() {
        assertThat(Tier.COUNT_ONLY.keepsPerson()).isFalse();
        assertThat(Tier.PSEUDONYM.keepsPerson()).isTrue();
        assertThat(Tier.NAMED.contactToKeep(Optional.of("555-0100"))).isEmpty();
        assertThat(Tier.PSEUDONYM.contactToKeep(Optional.of("555-0100"))).isEmpty();
        assertThat(Tier.NAMED_CONTACT.contactToKeep(Optional.of("  555-0100 "))).contains("555-0100");
        assertThatThrownBy(() -> Tier.NAMED_CONTACT.contactToKeep(Optional.of("  "))).hasMessage("error.contact.empty");
        assertThatThrownBy(() -> Tier.NAMED_CONTACT.contactToKeep(Optional.of("a".repeat(121))))
                .hasMessage("error.contact.long");
    }

    @Test
    void countsFromOneToTenAreSuppressedWhenExported() {
        assertThat(Suppression.exported(0)).isEqualTo("0");
        assertThat(Suppression.exported(1)).isEqualTo("<11");
        assertThat(Suppression.exported(10)).isEqualTo("<11");
        assertThat(Suppression.exported(11)).isEqualTo("11");
        Map<Purpose, Long> byPurpose = new EnumMap<>(Purpose.class);
        byPurpose.put(Purpose.GROUP, 3L);
        byPurpose.put(Purpose.COMPUTER, 40L);
        VisitCounts.Row row = new VisitCounts.Row(LocalDate.of(2026, 11, 2), 43, 12, 2, 0, byPurpose);
        String csv = Exports.countsCsv(List.of(row), Exports.countsHeadingKeys());
        assertThat(csv.lines().toList().get(1)).startsWith("2026-11-02,43,12,<11,0,<11,0,0,40,");
        String json = Exports.countsJson(List.of(row));
        assertThat(json).contains("\"visits\":43", "\"newMembers\":\"<11\"", "\"GROUP\":\"<11\"", "\"COMPUTER\":40",
                "\"anonymousVisits\":0");
    }

    @Test
    void exportsDefuseFormulas() {
        assertThat(Exports.defused("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(Exports.defused("Ann")).isEqualTo("Ann");
    }

    @Test
    void pickingAGroupPicksItsPurposeAndDroppingThePurposeDropsTheGroup() {
        PurposeChoice choice = new PurposeChoice();
        Offering smart = new Offering("group:7@2026-11-25", "SMART Recovery", Instant.parse("2026-11-25T20:00:00Z"),
                Optional.of(KindOfSupport.EMOTIONAL), Offering.Type.GROUP);
        assertThat(choice.pick(smart)).isTrue();
        assertThat(choice.purposes()).containsExactly(Purpose.GROUP);
        assertThat(choice.reference()).contains("group:7@2026-11-25");
        choice.toggle(Purpose.GROUP);
        assertThat(choice.reference()).isEmpty();
        assertThat(choice.purposes()).isEmpty();
    }

    @Test
    void aClosingTimeThatCannotBeReadFallsBackToNine() {
        assertThat(ClosingTime.parse("18:30")).isEqualTo(LocalTime.of(18, 30));
        assertThat(ClosingTime.parse(null)).isEqualTo(LocalTime.of(21, 0));
        assertThat(ClosingTime.parse("late")).isEqualTo(LocalTime.of(21, 0));
    }

    @Test
    void failuresAreDescribedWithoutTheirMessages() {
        RuntimeException e = new IllegalStateException("insert failed for name John Smith",
                new java.sql.SQLException("value 'John Smith' too long", "22001"));
        assertThat(Failures.describe(e)).isEqualTo("IllegalStateException <- SQLException[22001]").doesNotContain("John");
        assertThat(Failures.isRefusal(new IllegalArgumentException("error.name.long"))).isTrue();
        assertThat(Failures.isRefusal(new IllegalArgumentException("No enum constant John"))).isFalse();
    }

    static Person person(String name) {
        return new Person(java.util.UUID.randomUUID().toString(), name, Optional.empty(), Optional.empty(),
                Optional.empty(), Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** The kiosk's masking rule, which lives in the API's Person. */
    private static String masked(String chosenName, java.util.Optional<String> lastInitial) {
        return new org.hearth.api.Person("id", chosenName, lastInitial, java.util.Optional.empty(),
                java.util.Optional.empty(), java.time.Instant.EPOCH).masked();
    }
}
