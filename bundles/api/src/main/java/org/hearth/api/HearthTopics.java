package org.hearth.api;

/**
 * The EventAdmin topics the platform and the shipped features publish, and their property names.
 * Features use these to cooperate without knowing about each other.
 */
public final class HearthTopics {

    /**
     * A visit was recorded at the kiosk. Properties: {@link #PERSON_ID} (absent for an anonymous visit),
     * {@link #PURPOSES} (a {@code String[]} of purpose codes), {@link #TIME} (an ISO-8601 instant string),
     * and {@link #REFERENCE} (the id of a group or event the visitor named, if any).
     */
    public static final String VISIT_RECORDED = "org/hearth/signin/VISIT_RECORDED";

    /**
     * A person's record was deleted at their wish. Property: {@link #PERSON_ID}. Sent synchronously before
     * the deletion is reported done: every feature deletes (or makes anonymous) its own rows about the
     * person in its handler.
     *
     * @since 1.1
     */
    public static final String PERSON_DELETED = "org/hearth/platform/PERSON_DELETED";

    /**
     * Two records of one person were merged. Properties: {@link #PERSON_ID} (the record kept) and
     * {@link #MERGED_ID} (the duplicate, deleted after the event). Sent synchronously: every feature moves
     * its rows from the duplicate to the kept record in its handler (keeping one where both have one).
     *
     * @since 1.1
     */
    public static final String PERSON_MERGED = "org/hearth/platform/PERSON_MERGED";

    /** Property: the id of the duplicate record in {@link #PERSON_MERGED}. @since 1.1 */
    public static final String MERGED_ID = "mergedId";

    /** Property: a person's stable id (a {@code String}). */
    public static final String PERSON_ID = "personId";
    /** Property: purpose codes of a visit (a {@code String[]}). */
    public static final String PURPOSES = "purposes";
    /** Property: when something happened, as an ISO-8601 instant {@code String}. */
    public static final String TIME = "time";
    /** Property: the id of a group session or event a visit names (a {@code String}). */
    public static final String REFERENCE = "reference";

    private HearthTopics() {
    }
}
