package org.hearth.volunteers.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Both languages have every text, and no text sounds clinical or punitive; "not scheduled for now" gives no reason.
 */
class TextsTest {

    private static final Pattern FORBIDDEN = Pattern.compile("(?i)\\b(client|patient|diagnos\\w*|clinical|treatment"
            + "|addict|abuser|clean|dirty|sober(?:ity)? date|substance|cliente|paciente|diagnóstico|adicto|limpio|sucio)\\b");

    @Test
    void everyTextIsInBothLanguagesAndKind() throws IOException {
        Properties en = load("/i18n/volunteers.properties");
        Properties es = load("/i18n/volunteers_es.properties");
        assertThat(es.keySet()).isEqualTo(en.keySet());
        assertThat(en).containsKeys("error.save", "my.not.now", "error.shift.not.now");
        assertThat(en.getProperty("my.not.now")).as("no reason is ever given").doesNotContainIgnoringCase("plan")
                .doesNotContainIgnoringCase("supervis");
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
