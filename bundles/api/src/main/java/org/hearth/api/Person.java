package org.hearth.api;

import java.text.BreakIterator;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Someone the center knows: a member, a volunteer or a staff member. One stable id and a chosen name;
 * everything else is optional and given only by the person's own choice. There is no field for
 * anything clinical, and there never will be.
 *
 * @param id                stable, opaque id (never reused)
 * @param chosenName        the name the person chose to be known by
 * @param lastInitial       optional last initial, to tell apart two people with one chosen name
 * @param preferredLanguage optional language tag, for example {@code es}
 * @param keyTag            optional key tag or QR code number assigned by staff
 * @param registeredAt      when the person was first registered
 * @param picture           optional sign-in picture the person chose, so their match on the kiosk is told
 *                          apart from a similar name's (since 1.1)
 */
public record Person(String id, String chosenName, Optional<String> lastInitial,
                     Optional<String> preferredLanguage, Optional<String> keyTag, Instant registeredAt,
                     Optional<SignInPicture> picture) {

    /** A person without a sign-in picture (the API 1.0 shape). */
    public Person(String id, String chosenName, Optional<String> lastInitial, Optional<String> preferredLanguage,
                  Optional<String> keyTag, Instant registeredAt) {
        this(id, chosenName, lastInitial, preferredLanguage, keyTag, registeredAt, Optional.empty());
    }

    /** Stands for the hidden letters of a masked name; always two, so the mask does not tell the length. */
    public static final String HIDDEN = "\u2022\u2022";

    /**
     * How this person's name may appear on the kiosk to whoever stands there: the first two letters of the
     * chosen name, two bullets, and the last initial ("Jo•• R."). Enough for people to know themselves,
     * too little to learn who else comes. Use it for every match a visitor sees.
     */
    public String masked() {
        StringBuilder masked = new StringBuilder(leading(chosenName.strip(), 2)).append(HIDDEN);
        lastInitial.map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(i -> masked.append(' ').append(leading(i, 1).toUpperCase(Locale.ROOT)).append('.'));
        return masked.toString();
    }

    /**
     * How this person's name appears as a match for what a visitor typed: as many characters of the chosen
     * name as the visitor typed letters (at least two), then bullets if the name goes on, then the last
     * initial ("Mar•• T."). Shows nothing the visitor did not type but the initial; the picture, if any, is
     * shown beside it. @since 1.1
     */
    public String masked(String typed) {
        String name = chosenName.strip();
        int shown = Math.max(2, NameMatching.letters(typed));
        String start = leading(name, shown);
        StringBuilder masked = new StringBuilder(start);
        if (start.length() < name.length()) {
            masked.append(HIDDEN);
        }
        lastInitial.map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(i -> masked.append(' ').append(leading(i, 1).toUpperCase(Locale.ROOT)).append('.'));
        return masked.toString();
    }

    /** The first {@code count} user-perceived characters, so an emoji or accented letter stays whole. */
    private static String leading(String text, int count) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int end = 0;
        for (int i = 0; i < count; i++) {
            int next = characters.next();
            if (next == BreakIterator.DONE) {
                break;
            }
            end = next;
        }
        return text.substring(0, end);
    }
}
