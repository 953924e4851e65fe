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
