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

    @Test
    void aMatchShowsAsManyLettersAsWereTypedAndNoMore() {
        assertThat(person("Marcus", null).masked("Mar")).isEqualTo("Mar••");
        assertThat(person("Marcus", "t").masked("marc")).isEqualTo("Marc•• T.");
        assertThat(person("Mar", null).masked("Mar")).as("the whole name was typed").isEqualTo("Mar");
        assertThat(person("Jo-Ann", null).masked("joa")).as("letters typed, not characters").isEqualTo("Jo-••");
        assertThat(person("Marcus", null).masked("")).isEqualTo("Ma••");
    }

    @Test
    void twoMatchesThatWouldLookAlikeAreNotShownAndOnesToldApartAre() {
        Person marcus = person("Marcus", null);
        Person mario = person("Mario", null);
        Person marta = person("Marta", null);
        NameMatching.Found alike = NameMatching.found("Mar", java.util.List.of(marcus, mario, marta));
        assertThat(alike.alike()).isTrue();
        assertThat(alike.matches()).isEmpty();

        Person withPicture = new Person("id2", "Mario", Optional.empty(), Optional.empty(), Optional.empty(),
                Instant.EPOCH, Optional.of(SignInPicture.MOON));
        NameMatching.Found apart = NameMatching.found("Mar", java.util.List.of(marcus, withPicture));
        assertThat(apart.alike()).isFalse();
        assertThat(apart.matches()).extracting(NameMatching.Match::label).containsExactly("Mar••", "Mar••");
        assertThat(NameMatching.found("Ma", java.util.List.of(marcus)).matches()).as("below three letters").isEmpty();
        assertThat(SignInPicture.MOON.label(java.util.Locale.forLanguageTag("es"))).isEqualTo("luna");
    }
}
