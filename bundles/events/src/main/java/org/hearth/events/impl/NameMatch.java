package org.hearth.events.impl;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.hearth.api.Person;

/**
 * Finding a returning member by the name they type, as sign-in does: nothing below {@value #MIN_LETTERS}
 * letters; all matches when there are at most {@value #MAX_SHOWN}; else only those whose whole name is the
 * typed text, if that makes at most {@value #MAX_SHOWN}; else none (keep typing). Never a list to browse.
 */
final class NameMatch {

    static final int MIN_LETTERS = 3;
    static final int MAX_SHOWN = 3;
    static final int LOOKUP_LIMIT = 20;

    private NameMatch() {
    }

    static int letters(String typed) {
        return (int) EventRules.tidy(typed, false).codePoints().filter(Character::isLetterOrDigit).count();
    }

    static List<Person> shown(String typed, List<Person> candidates) {
        if (letters(typed) < MIN_LETTERS) {
            return List.of();
        }
        if (candidates.size() <= MAX_SHOWN) {
            return candidates;
        }
        String key = key(typed);
        List<Person> exact = candidates.stream().filter(p -> key(p.chosenName()).equals(key)).toList();
        return exact.size() <= MAX_SHOWN ? exact : List.of();
    }

    /** Lower case, without accents, spaces or punctuation. */
    static String key(String name) {
        String decomposed = Normalizer.normalize(EventRules.tidy(name, false), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
