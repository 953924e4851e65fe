package org.hearth.signin.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON exports, read back by a JSON parser: what a member or a funder gets is what the kiosk holds. */
class ExportsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Quotes, a backslash, control characters, an emoji, right-to-left text and a line separator. */
    private static final String AWKWARD = "Ann \"the\" \\ <script>\n\t\r\u0001\u001f 🌱 سلام שלום \u2028\u2029end";

    private static final Instant REGISTERED = Instant.parse("2026-11-02T15:00:00Z");

    @Test
    void aMembersOwnRecordSurvivesAnyCharactersInTheirName() {
        Person person = new Person("p-1", AWKWARD, Optional.of("R"), Optional.of("es"), Optional.empty(), REGISTERED);
        MemberInfo info = new MemberInfo("p-1", Tier.NAMED_CONTACT, Optional.of(HowHeard.ONLINE),
                Optional.of("call \"after 5\" 📞"), REGISTERED);
        Visit visit = new Visit(7, Optional.of("p-1"), Instant.parse("2026-11-03T16:00:00Z"),
                EnumSet.of(Purpose.GROUP, Purpose.COMPUTER), Optional.of("group:7@2026-11-03"), Optional.empty());

        JsonNode record = JSON.readTree(Exports.memberJson(person, Optional.of(info), List.of(visit)));

        assertThat(record.get("chosenName").asString()).isEqualTo(AWKWARD);
        assertThat(record.get("contact").asString()).isEqualTo("call \"after 5\" 📞");
        assertThat(record.propertyNames()).containsExactly("id", "chosenName", "lastInitial", "preferredLanguage",
                "keyTag", "registeredAt", "howKnown", "howHeard", "contact", "visits");
        assertThat(record.get("keyTag").asString()).isEmpty();
        assertThat(record.get("howKnown").asString()).isEqualTo("NAMED_CONTACT");
        assertThat(record.get("registeredAt").asString()).isEqualTo("2026-11-02T15:00:00Z");
        JsonNode first = record.get("visits").get(0);
        assertThat(first.propertyNames()).containsExactly("at", "purposes", "reference");
        assertThat(first.get("purposes").isArray()).isTrue();
        assertThat(first.get("purposes").get(0).asString()).isEqualTo("GROUP");
    }

    @Test
    void countsAreNumbersAndSmallCountsTheStringLessThanEleven() {
        VisitCounts.Row row = new VisitCounts.Row(LocalDate.of(2026, 11, 2), 43, 12, 2, 0,
                Map.of(Purpose.GROUP, 3L, Purpose.COMPUTER, 40L));

        JsonNode counts = JSON.readTree(Exports.countsJson(List.of(row)));

        assertThat(counts.propertyNames()).containsExactly("suppressedBelow", "periods");
        assertThat(counts.get("suppressedBelow").asInt()).isEqualTo(11);
        JsonNode period = counts.get("periods").get(0);
        assertThat(period.get("start").asString()).isEqualTo("2026-11-02");
        assertThat(period.get("visits").isNumber()).isTrue();
        assertThat(period.get("visits").asLong()).isEqualTo(43);
        assertThat(period.get("newMembers").asString()).isEqualTo("<11");
        assertThat(period.get("anonymousVisits").asLong()).isZero();
        assertThat(period.get("visitsByPurpose").get("GROUP").asString()).isEqualTo("<11");
        assertThat(period.get("visitsByPurpose").get("COMPUTER").asLong()).isEqualTo(40);
        assertThat(period.get("visitsByPurpose").propertyNames()).hasSize(Purpose.values().length);
    }
}
