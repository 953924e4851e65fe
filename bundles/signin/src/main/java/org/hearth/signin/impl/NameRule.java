package org.hearth.signin.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import org.hearth.api.NameMatching;

/**
 * Sign-in's own uses of the platform's one name rule ({@link NameMatching}): what a chosen name may be, how
 * candidates for "Have you been here before?" are fetched, and the key that makes close names take turns.
 */
public final class NameRule {

    /** What may stand between the first two letters of a name ("O'Brien", "O Brien", "J.R.", "A-J"). */
    private static final List<String> SEPARATORS = List.of(" ", "'", "\u2019", "\u02BC", "-", ".", ". ", ",", "`");

    private NameRule() {
    }

    /**
     * A chosen name as it may be saved: tidy, not blank, and short enough for the platform's column (counted
     * in UTF-16 units, so a name of emoji is not cut off by the database).
     *
     * @throws IllegalArgumentException with key {@code error.name.empty} or {@code error.name.long}
     */
    public static String checkChosenName(String raw) {
        String name = NameMatching.tidy(raw);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("error.name.empty");
        }
        if (name.length() > org.hearth.api.PeopleDirectory.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("error.name.long");
        }
        return name;
    }

    /**
     * The prefixes used to fetch candidates from the people directory, whose look-up ignores case and accents but
     * not punctuation or spaces: the first two letters of the match key ("ob" for "OBrien" and "O'Brien"), the
     * same two letters with each separator a name may have between them ("o'b", "o b", …, so "O'Brien" is found
     * from "OBrien"), and the first two characters as typed (a name that starts with a symbol).
     */
    static List<String> candidatePrefixes(String name) {
        String key = NameMatching.matchKey(name);
        int letters = key.codePointCount(0, key.length());
        String first = key.substring(0, key.offsetByCodePoints(0, Math.min(1, letters)));
        String second = key.substring(first.length(), key.offsetByCodePoints(0, Math.min(2, letters)));
        Set<String> prefixes = new LinkedHashSet<>();
        prefixes.add(first + second);
        if (!second.isEmpty()) {
            SEPARATORS.forEach(separator -> prefixes.add(first + separator + second));
        }
        String tidy = NameMatching.tidy(name).toLowerCase(Locale.ROOT);
        prefixes.add(tidy.substring(0, tidy.offsetByCodePoints(0, Math.min(2, tidy.codePointCount(0, tidy.length())))));
        return List.copyOf(prefixes);
    }

    /**
     * The key that serialises registrations of close names: every two close names share it. It is a hash,
     * so the sign-in schema keeps no part of anybody's name.
     */
    static String lockKey(String name) {
        String key = NameMatching.firstLetters(NameMatching.matchKey(name));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
