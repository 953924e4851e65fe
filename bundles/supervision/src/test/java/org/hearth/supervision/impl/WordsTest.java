package org.hearth.supervision.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.hearth.testkit.PortableSql;
import org.junit.jupiter.api.Test;

/** The bundle's words are non-punitive and say member or peer; its migrations are portable and nothing clinical. */
class WordsTest {

    static final List<String> PUNITIVE = List.of("violation", "offense", "offence", "probation", "clean", "dirty",
            "relapse event", "violacion", "infraccion", "delito", "libertad condicional", "limpio", "limpia", "sucio",
            "sucia", "suspension", "suspendido", "castigo", "punishment", "client", "patient", "addict", "consumer",
            "cliente", "paciente", "adicto");
    static final List<String> CLINICAL = List.of("diagnos", "substance", "drug_test", "urine", "clinical");

    @Test
    void noTextOfThisBundleUsesAPunitiveOrClinicalWordInEitherLanguage() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : List.of(Path.of("src/main/resources/i18n/supervision.properties"),
                Path.of("src/main/resources/i18n/supervision_es.properties"))) {
            Properties texts = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            assertThat(texts).as(file + " has texts").hasSizeGreaterThan(50);
            texts.forEach((key, value) -> hits(folded(value.toString()), PUNITIVE)
                    .forEach(w -> found.add(file.getFileName() + " " + key + ": " + w)));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScanFindsTheWordsItLooksFor() {
        assertThat(hits(folded("Una violación de la libertad condicional"), PUNITIVE))
                .contains("violacion", "libertad condicional");
        assertThat(hits(folded("Clean for 30 days after the relapse event"), PUNITIVE)).contains("clean", "relapse event");
        assertThat(hits(folded("Infracción: sucio"), PUNITIVE)).contains("infraccion", "sucio");
        assertThat(hits(folded("Cleaning the kitchen"), PUNITIVE)).isEmpty();
    }

    @Test
    void theSchemaHasNoClinicalFieldAndItsSqlIsPortable() throws IOException {
        Path folder = Path.of("src/main/resources/db/migration");
        assertThat(PortableSql.problems(folder)).isEmpty();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path sql : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                String text = folded(Files.readString(sql).replaceAll("(?m)--.*$", ""));
                assertThat(stems(text, CLINICAL)).as(sql.toString()).isEmpty();
            }
        }
    }

    /** The words found as whole words (several words across any spaces). */
    static List<String> hits(String text, List<String> words) {
        return words.stream().filter(w -> java.util.regex.Pattern.compile("\\b" + w.replace(" ", "\\s+") + "\\b")
                .matcher(text).find()).toList();
    }

    /** The stems found anywhere, inside words too. */
    static List<String> stems(String text, List<String> stems) {
        return stems.stream().filter(text::contains).toList();
    }

    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
