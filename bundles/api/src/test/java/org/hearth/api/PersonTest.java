package org.hearth.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static Person person(String name, String initial) {
        return new Person("id", name, Optional.ofNullable(initial), Optional.empty(), Optional.empty(), Instant.EPOCH);
    }

    @Test
    void aMaskedNameShowsTwoLettersAndTheInitialOnly() {
        assertThat(person("Joanna", "r").masked()).isEqualTo("Jo•• R.");
        assertThat(person("Jo", null).masked()).isEqualTo("Jo••");
        assertThat(person("J", " ").masked()).isEqualTo("J••");
    }

    @Test
    void emojiAndAccentsStayWhole() {
        assertThat(person("👩‍👧 Ana", null).masked()).isEqualTo("👩‍👧 ••");
        assertThat(person("Élodie", "é").masked()).isEqualTo("Él•• É.");
    }
}
