package org.hearth.coaching.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlainWordsTest {

    @Test
    void clinicalAndDeficitWordsAreFoundInBothLanguages() {
        assertThat(PlainWords.first("Talked about her Diagnosis")).contains("diagnosis");
        assertThat(PlainWords.first("client was noncompliant")).contains("client");
        assertThat(PlainWords.first("el paciente")).contains("paciente");
        assertThat(PlainWords.first("resultado de la prueba de drogas")).contains("prueba de drogas");
        assertThat(PlainWords.first("síntomas")).contains("sintomas");
        assertThat(PlainWords.first("Found a job lead, proud of the interview")).isEmpty();
        assertThat(PlainWords.first("Medication-assisted recovery group on Tuesday")).isEmpty();
        assertThatThrownBy(() -> PlainWords.check("he is an addict")).isInstanceOf(Refusal.class)
                .hasMessage("error.words");
    }

    @Test
    void everyScreenTextAndTemplateIsInPlainWords() throws IOException {
        for (String file : new String[] {"i18n/coaching.properties", "i18n/coaching_es.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = PlainWordsTest.class.getClassLoader().getResourceAsStream(file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(texts).as(file).hasSizeGreaterThan(100);
            texts.forEach((key, value) -> assertThat(PlainWords.first((String) value)).as(file + " " + key).isEmpty());
        }
    }

    @Test
    void englishAndSpanishHaveTheSameTextsAndApostrophesDoubledOnlyInPatterns() throws IOException {
        Properties en = load("i18n/coaching.properties");
        Properties es = load("i18n/coaching_es.properties");
        assertThat(es.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        for (Properties texts : java.util.List.of(en, es)) {
            texts.forEach((key, value) -> assertThat(((String) value).contains("''") && !((String) value).contains("{"))
                    .as(key + " shows a doubled apostrophe").isFalse());
        }
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = PlainWordsTest.class.getClassLoader().getResourceAsStream(file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void noTableHasAFieldForADiagnosisASubstanceOrATestResult() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
                assertThat(PlainWords.first(sql.replace('_', ' '))).as(file.toString()).isEmpty();
                assertThat(org.hearth.testkit.PortableSql.problems(sql)).as(file.toString()).isEmpty();
            }
        }
    }
}
