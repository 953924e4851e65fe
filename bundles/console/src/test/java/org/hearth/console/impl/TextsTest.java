package org.hearth.console.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both languages have every text with the same placeholders, and no text uses words the center does not use. */
class TextsTest {

    private static final Pattern FORBIDDEN = Pattern.compile("(?i)\\b(client|patient|consumer|case|diagnos\\w*|clinical"
            + "|treatment|addict|abuser|clean|dirty|substance|cliente|paciente|caso|diagnóstico|adicto|limpio|sucio)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void everyTextIsInBothLanguagesWithTheSamePlaceholdersAndKind() throws IOException {
        Properties en = load("/i18n/console.properties");
        Properties es = load("/i18n/console_es.properties");
        assertThat(es.keySet()).isEqualTo(en.keySet());
        for (Object key : en.keySet()) {
            assertThat(placeholders(es.getProperty((String) key))).as((String) key)
                    .isEqualTo(placeholders(en.getProperty((String) key)));
        }
        for (Properties texts : new Properties[] {en, es}) {
            texts.forEach((key, text) -> {
                assertThat(FORBIDDEN.matcher((String) text).find()).as(key + " = " + text).isFalse();
                assertThat(((String) text).contains("''") && !((String) text).contains("{"))
                        .as(key + " shows a doubled apostrophe").isFalse();
            });
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
