package org.hearth.platform.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void namesAreTidiedNotRejected() {
        assertThat(Names.chosenName("  Jo   Ann \t")).isEqualTo("Jo Ann");
        assertThat(Names.chosenName("Ｊｏ")).isEqualTo("Jo");
        assertThat(Names.chosenName("Ana\u0000\u202E")).isEqualTo("Ana");
    }

    @Test
    void emojiRightToLeftAndMarkupAreKeptAsText() {
        assertThat(Names.chosenName("Sam 🌻")).isEqualTo("Sam 🌻");
        assertThat(Names.chosenName("👩‍👧")).isEqualTo("👩‍👧");
        assertThat(Names.chosenName("مريم")).isEqualTo("مريم");
        assertThat(Names.chosenName("<script>x</script>")).isEqualTo("<script>x</script>");
        assertThat(Names.chosenName("Robert'); DROP TABLE person;--")).isEqualTo("Robert'); DROP TABLE person;--");
    }

    @Test
    void emptyOrHugeNamesAreRefusedWithATranslationKey() {
        assertThatThrownBy(() -> Names.chosenName("   ")).hasMessage("error.name.empty");
        assertThatThrownBy(() -> Names.chosenName(null)).hasMessage("error.name.empty");
        assertThatThrownBy(() -> Names.chosenName("x".repeat(10_000))).hasMessage("error.name.long");
        assertThat(Names.chosenName("🌻".repeat(30))).hasSize(60);
        assertThatThrownBy(() -> Names.chosenName("🌻".repeat(31))).hasMessage("error.name.long");
    }

    @Test
    void optionalValuesAreEmptyWhenBlank() {
        assertThat(Names.optional(Optional.of("  "), 4, "k")).isEmpty();
        assertThat(Names.optional(Optional.of(" R "), 4, "k")).contains("R");
        assertThatThrownBy(() -> Names.optional(Optional.of("Roberts"), 4, "error.initial.long"))
                .hasMessage("error.initial.long");
    }

    @Test
    void lookUpKeysIgnoreCaseAccentsSpacesAndPunctuation() {
        assertThat(Names.key("Ángel  Núñez")).isEqualTo("angelnunez");
        assertThat(Names.key("O'Brien")).isEqualTo(Names.key("obrien"));
        assertThat(Names.key("\uD55C".repeat(60))).hasSize(60);
        assertThat(Names.key("ÉLODIE")).isEqualTo(Names.key("elodie"));
    }

    @Test
    void likePatternsAreEscaped() {
        assertThat(Names.likeEscape("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
    }
}
