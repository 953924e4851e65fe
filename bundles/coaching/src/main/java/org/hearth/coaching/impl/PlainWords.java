package org.hearth.coaching.impl;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words coaching keeps out of its screens, its templates and the coach's notes: clinical words (peers do not
 * diagnose, treat or test) and deficit or labelling words (the center says member and peer). English and Spanish,
 * compared without accents or case. A member's own words in their plan are theirs and are never checked.
 */
final class PlainWords {

    static final List<String> STEMS = List.of(
            "diagnos", "patient", "client", "consumer", "addict", "abuser", "alcoholic", "junkie", "substance",
            "drug test", "drug screen", "urine", "urinalysis", "toxicolog", "dirty", "noncomplian", "non-complian",
            "clinical", "symptom", "disorder", "prognos", "therap", "treatment plan", "caseload", "case manag",
            "case file", "relapse prevention plan", "failed", "unmotivated", "in denial", "resistant",
            "paciente", "cliente", "consumidor", "adicto", "abusador", "alcoholico", "drogadict", "sustancia",
            "prueba de drogas", "orina", "sucio", "incumpl", "clinico", "sintoma", "trastorno", "terapi",
            "diagnost", "fracas", "desmotivad");

    private static final Pattern UNPLAIN = Pattern.compile("\\b(" + String.join("|", STEMS.stream()
            .map(Pattern::quote).toList()) + ")");

    private PlainWords() {
    }

    /** The first unplain word in a text, as written there, if any. */
    static Optional<String> first(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        Matcher m = UNPLAIN.matcher(plain);
        if (!m.find()) {
            return Optional.empty();
        }
        int end = m.end();
        while (end < plain.length() && Character.isLetter(plain.charAt(end))) {
            end++;
        }
        return Optional.of(plain.substring(m.start(), end));
    }

    /** Refuses a coach's text that uses a clinical or deficit word, naming it kindly. */
    static void check(String text) {
        first(text).ifPresent(word -> {
            throw new Refusal("error.words", word);
        });
    }
}
