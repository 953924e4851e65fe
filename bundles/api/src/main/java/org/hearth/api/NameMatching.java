package org.hearth.api;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for finding a returning member by the name they type, and for when two names are close
 * enough to ask "Have you been here before?". Every feature that looks a member up uses it.
 *
 * <p>A name's <em>match key</em> is the name in lower case with accents, spaces and punctuation removed
 * ("Jo-Ann" and "joann" share {@code joann}; "O'Brien" and "OBrien" share {@code obrien}). Two names are
 * close when their match keys are equal, or when the first {@value #FIRST_LETTERS} letters of their keys are
 * equal and both gave the same last initial. A typed name shows matches only from {@value #MIN_LETTERS}
 * letters on, and at most {@value #MAX_SHOWN}: never a list to browse.
 *
 * @since 1.1
 */
public final class NameMatching {

    /** Letters typed before any match is shown. */
    public static final int MIN_LETTERS = 3;
    /** The most matches ever shown at once. */
    public static final int MAX_SHOWN = 3;
    /** Letters compared by the second part of the closeness rule. */
    public static final int FIRST_LETTERS = 3;
    /** How many people to fetch from the directory for one typed name. */
    public static final int LOOKUP_LIMIT = 20;

    private NameMatching() {
    }

    /** A value tidied as the platform tidies names: normalised, no control characters, spaces folded. */
    public static String tidy(String raw) {
        if (raw == null) {
            return "";
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFKC)
                .replaceAll("[\\p{Cntrl}[\\p{Cf}&&[^\\u200D]]]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The name's match key: lower case, without accents, spaces or punctuation. */
    public static String matchKey(String name) {
        String decomposed = Normalizer.normalize(tidy(name), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        // a name of only symbols or emoji is compared as typed
        return key.isEmpty() ? tidy(name).toLowerCase(Locale.ROOT) : key.toString();
    }

    /** How many letters of a typed name count towards {@link #MIN_LETTERS}. */
    public static int letters(String typed) {
        return (int) tidy(typed).codePoints().filter(Character::isLetterOrDigit).count();
    }

    /** Whether two members' names are close by the rule above. */
    public static boolean close(String name, Optional<String> initial, String otherName, Optional<String> otherInitial) {
        String key = matchKey(name);
        String otherKey = matchKey(otherName);
        if (key.equals(otherKey)) {
            return true;
        }
        Optional<String> mine = initialKey(initial);
        return key.length() >= FIRST_LETTERS && otherKey.length() >= FIRST_LETTERS
                && firstLetters(key).equals(firstLetters(otherKey))
                && mine.isPresent() && mine.equals(initialKey(otherInitial));
    }

    /**
     * Which of the people whose name starts with the typed text may be shown, masked: none below
     * {@value #MIN_LETTERS} letters; all of them when there are at most {@value #MAX_SHOWN}; else only those
     * whose whole name is the typed text, if that makes at most {@value #MAX_SHOWN}; else none (and the
     * visitor is asked to keep typing).
     */
    public static List<Person> shown(String typed, List<Person> candidates) {
        if (letters(typed) < MIN_LETTERS) {
            return List.of();
        }
        if (candidates.size() <= MAX_SHOWN) {
            return candidates;
        }
        String key = matchKey(typed);
        List<Person> exact = candidates.stream().filter(p -> matchKey(p.chosenName()).equals(key)).toList();
        return exact.size() <= MAX_SHOWN ? exact : List.of();
    }

    /**
     * A person offered as a match for what a visitor typed, with the text shown for them
     * ({@link Person#masked(String)}) and their picture beside it. @since 1.1
     */
    public record Match(Person person, String label) {
    }

    /**
     * What a visitor sees for what they typed: the matches ({@link #shown} labelled), or none and
     * {@code alike} when two of them would look the same on screen, so the visitor is asked for another letter
     * rather than shown two buttons they cannot tell apart. @since 1.1
     */
    public record Found(List<Match> matches, boolean alike) {
    }

    /** The labelled matches for what a visitor typed; never two that look alike. @since 1.1 */
    public static Found found(String typed, List<Person> candidates) {
        List<Match> matches = shown(typed, candidates).stream().map(p -> new Match(p, p.masked(typed))).toList();
        long distinct = matches.stream().map(m -> m.label() + "|" + m.person().picture().map(Enum::name).orElse(""))
                .distinct().count();
        return distinct < matches.size() ? new Found(List.of(), true) : new Found(matches, false);
    }

    /** The first {@value #FIRST_LETTERS} letters of a match key. */
    public static String firstLetters(String key) {
        int count = key.codePointCount(0, key.length());
        return key.substring(0, key.offsetByCodePoints(0, Math.min(FIRST_LETTERS, count)));
    }

    private static Optional<String> initialKey(Optional<String> initial) {
        return initial.map(NameMatching::matchKey).filter(s -> !s.isEmpty());
    }
}
