package org.hearth.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's register of people. The look-ups by key tag and name find only people known at this
 * kiosk's center ({@link Centers}; on a single kiosk, everyone); {@link #find} finds anyone. Thread-safe.
 * Implementations validate names (trimmed, not blank, at most {@link #MAX_NAME_LENGTH} characters) and throw
 * {@link IllegalArgumentException} with a translation key as message when a value is not acceptable.
 */
@ProviderType
public interface PeopleDirectory {

    /** The longest chosen name accepted. */
    int MAX_NAME_LENGTH = 60;

    /** Registers a person with a chosen name and optional last initial and language, known at this center. */
    Person register(String chosenName, Optional<String> lastInitial, Optional<String> preferredLanguage);

    /** The person with this id, if any. Not audited: callers that show a record must audit the read. */
    Optional<Person> find(String id);

    /** The person holding this key tag, if any. */
    Optional<Person> findByKeyTag(String keyTag);

    /**
     * People whose chosen name starts with {@code prefix} (case-insensitive), at most {@code limit}.
     * Meant for matching a returning member, never for browsing.
     */
    List<Person> findByNamePrefix(String prefix, int limit);

    /**
     * People whose chosen name contains {@code part} anywhere, at most {@code limit}, those whose name starts
     * with it first. Letters are matched as {@link NameMatching} matches them (case, accents, spaces and
     * punctuation ignored); a part without letters (an emoji, a sign) is matched against the name as written,
     * ignoring case. For staff looking a member up, never for a visitor at the kiosk (who only ever sees
     * {@link #findByNamePrefix} matches).
     *
     * @since 1.1
     */
    List<Person> findByNamePart(String part, int limit);

    /** Changes a person's chosen name, last initial and language. */
    Person update(Person person);

    /**
     * Sets or clears the sign-in picture a person chose (shown beside their masked name when they find
     * themselves on the kiosk). {@link #update} leaves it as it is.
     *
     * @since 1.1
     */
    void choosePicture(String personId, Optional<SignInPicture> picture);

    /** Gives a person a key tag; an empty value takes it away. Throws if another person holds it. */
    void assignKeyTag(String personId, Optional<String> keyTag);

    /**
     * Removes a person's record for good (the person's right to be forgotten), after every feature has heard
     * {@link HearthTopics#PERSON_DELETED} and forgotten its own rows about them.
     */
    void delete(String personId);

    /**
     * Merges a duplicate record into the one to keep: every feature hears {@link HearthTopics#PERSON_MERGED}
     * and moves its rows, then the duplicate's record (account, peer profile, supervision) is deleted.
     * Throws {@link IllegalArgumentException} with a translation key when the two are the same or either
     * is unknown.
     *
     * @since 1.1
     */
    void merge(String duplicateId, String keepId);
}
