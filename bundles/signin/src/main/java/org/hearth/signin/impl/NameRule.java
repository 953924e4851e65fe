package org.hearth.signin.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.Person;

/**
 * When two names are close enough to ask "Have you been here before?", and how a typed name is looked up.
 *
 * <p>The rule, kept simple on purpose: a name's <em>match key</em> is the name in lower case with accents,
 * spaces and punctuation removed ("Jo-Ann" and "joann" share {@code joann}). Two members are close when
 * <ol>
 *   <li>their match keys are equal, or</li>
 *   <li>the first {@value #FIRST_LETTERS} letters of their match keys are equal and both gave the same
 *       last initial ("John R." and "Johnny R.").</li>
 * </ol>
 * A typed name shows matches only from {@value #MIN_LETTERS} letters on, and at most {@value #MAX_SHOWN}.
 */
public final class NameRule {

    /** Letters typed before any match is shown. */
    public static final int MIN_LETTERS = 3;
    /** The most matches ever shown at once. */
    public static final int MAX_SHOWN = 3;
    /** Letters compared by the second part of the rule. */
    public static final int FIRST_LETTERS = 3;
    /** What may stand between the first two letters of a name ("O'Brien", "O Brien", "J.R.", "A-J"). */
    private static final List<String> SEPARATORS = List.of(" ", "'", "\u2019", "\u02BC", "-", ".", ". ", ",", "`");

    private NameRule() {
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

    /**
     * A chosen name as it may be saved: tidy, not blank, and short enough for the platform's column (counted
     * in UTF-16 units, so a name of emoji is not cut off by the database).
     *
     * @throws IllegalArgumentException with key {@code error.name.empty} or {@code error.name.long}
     */
    public static String checkChosenName(String raw) {
        String name = tidy(raw);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("error.name.empty");
        }
        if (name.length() > org.hearth.api.PeopleDirectory.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("error.name.long");
        }
        return name;
    }

    /** The name's match key: lower case, without accents, spaces or punctuation. */
    public static String matchKey(String name) {
        String decomposed = Normalizer.normalize(tidy(name), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        // a name of only symbols or emoji is compared as typed
        return key.isEmpty() ? tidy(name).toLowerCase(Locale.ROOT) : key.toString();
    }

    /** An initial for comparison: its match key, empty when none was given. */
    static Optional<String> initialKey(Optional<String> initial) {
        return initial.map(NameRule::matchKey).filter(s -> !s.isEmpty());
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
     * visitor is asked to keep typing). Never a list to browse.
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

    /** How many letters of a typed name count towards {@link #MIN_LETTERS}. */
    public static int letters(String typed) {
        return (int) tidy(typed).codePoints().filter(Character::isLetterOrDigit).count();
    }

    /**
     * The prefixes used to fetch candidates from the people directory, whose look-up ignores case and accents but
     * not punctuation or spaces: the first two letters of the match key ("ob" for "OBrien" and "O'Brien"), the
     * same two letters with each separator a name may have between them ("o'b", "o b", …, so "O'Brien" is found
     * from "OBrien"), and the first two characters as typed (a name that starts with a symbol).
     */
    static List<String> candidatePrefixes(String name) {
        String key = matchKey(name);
        int letters = key.codePointCount(0, key.length());
        String first = key.substring(0, key.offsetByCodePoints(0, Math.min(1, letters)));
        String second = key.substring(first.length(), key.offsetByCodePoints(0, Math.min(2, letters)));
        Set<String> prefixes = new LinkedHashSet<>();
        prefixes.add(first + second);
        if (!second.isEmpty()) {
            SEPARATORS.forEach(separator -> prefixes.add(first + separator + second));
        }
        String tidy = tidy(name).toLowerCase(Locale.ROOT);
        prefixes.add(tidy.substring(0, tidy.offsetByCodePoints(0, Math.min(2, tidy.codePointCount(0, tidy.length())))));
        return List.copyOf(prefixes);
    }

    /**
     * The key that serialises registrations of close names: every two close names share it. It is a hash,
     * so the sign-in schema keeps no part of anybody's name.
     */
    static String lockKey(String name) {
        String key = firstLetters(matchKey(name));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLetters(String key) {
        int count = key.codePointCount(0, key.length());
        return key.substring(0, key.offsetByCodePoints(0, Math.min(FIRST_LETTERS, count)));
    }
}
