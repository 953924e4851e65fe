package org.hearth.groups.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Both languages have every text, including those the shared on-screen keyboard and member finder ask for, and
 * no text uses words that rank pathways, ask about substances or sound clinical.
 */
class TextsTest {

    private static final Pattern FORBIDDEN = Pattern.compile("(?i)\\b(client|patient|diagnos\\w*|clinical|treatment"
            + "|addict|abuser|clean|dirty|sober(?:ity)? date|substance|cliente|paciente|diagnóstico|adicto|limpio|sucio)\\b");

    @Test
    void everyTextIsInBothLanguagesAndKind() throws IOException {
        Properties en = load("/i18n/groups.properties");
        Properties es = load("/i18n/groups_es.properties");
        assertThat(es.keySet()).isEqualTo(en.keySet());
        assertThat(en).containsKeys("keyboard.space", "keyboard.back", "keyboard.clear", "roster.typing", "roster.pick",
                "roster.nomatch", "roster.many", "roster.alike", "roster.tag.unknown", "roster.long", "error.save");
        for (Properties texts : new Properties[] {en, es}) {
            texts.forEach((key, text) -> assertThat(FORBIDDEN.matcher((String) text).find())
                    .as(key + " = " + text).isFalse());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
