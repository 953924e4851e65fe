package org.hearth.platform.impl;

import java.util.Optional;
import org.hearth.api.NameMatching;
import org.hearth.api.PeopleDirectory;

/** Cleaning and checking the names and short values people type at the kiosk. */
final class Names {

    private Names() {
    }

    /**
     * A chosen name made tidy: Unicode-normalised, control characters removed, runs of spaces folded.
     *
     * @throws IllegalArgumentException with key {@code error.name.empty} or {@code error.name.long}
     */
    static String chosenName(String raw) {
        String name = tidy(raw);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("error.name.empty");
        }
        // counted in UTF-16 units, as the database column is: 60 letters, or 30 emoji
        if (name.length() > PeopleDirectory.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("error.name.long");
        }
        return name;
    }

    /**
     * The form of a name used for look-ups: the one match key of {@link NameMatching}, lower case without
     * accents, spaces or punctuation, so "angel" finds "Ángel" and "obr" finds "O'Brien".
     */
    static String key(String name) {
        String key = NameMatching.matchKey(name);
        // a decomposed ligature can lengthen a name; the column holds as much as a name may have
        return key.length() <= PeopleDirectory.MAX_NAME_LENGTH ? key : key.substring(0, PeopleDirectory.MAX_NAME_LENGTH);
    }

    /** An optional short value (initial, language, key tag), empty when blank; too long is an error. */
    static Optional<String> optional(Optional<String> raw, int maxLength, String errorKey) {
        Optional<String> value = raw.map(Names::tidy).filter(s -> !s.isEmpty());
        if (value.isPresent() && value.get().length() > maxLength) {
            throw new IllegalArgumentException(errorKey);
        }
        return value;
    }

    static String tidy(String raw) {
        return NameMatching.tidy(raw);
    }

    /** Escapes a value for use in a {@code LIKE ... ESCAPE '\'} pattern. */
    static String likeEscape(String value) {
        return likeEscape(value, '\\');
    }

    /** Escapes a value for use in a {@code LIKE ... ESCAPE} pattern with this escape character. */
    static String likeEscape(String value, char escape) {
        String e = String.valueOf(escape);
        return value.replace(e, e + e).replace("%", e + "%").replace("_", e + "_");
    }
}
