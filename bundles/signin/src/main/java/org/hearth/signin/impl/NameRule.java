package org.hearth.signin.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.hearth.api.NameMatching;

/**
 * Sign-in's own uses of the platform's one name rule ({@link NameMatching}): what a chosen name may be, how
 * candidates for "Have you been here before?" are fetched, and the key that makes close names take turns.
 */
public final class NameRule {

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
     * The prefixes used to fetch candidates from the people directory, whose look-up goes by the same match key
     * (no case, accents, spaces or punctuation): the first two letters of the name's key, so "OBrien" fetches
     * "O'Brien" and "Jose" fetches "José".
     */
    static List<String> candidatePrefixes(String name) {
        String key = NameMatching.matchKey(name);
        return List.of(key.substring(0, key.offsetByCodePoints(0, Math.min(2, key.codePointCount(0, key.length())))));
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
