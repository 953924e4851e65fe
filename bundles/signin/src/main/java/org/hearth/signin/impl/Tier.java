package org.hearth.signin.impl;

import org.hearth.api.NameMatching;

import java.util.Locale;
import java.util.Optional;

/**
 * How known a member wants to be: their own choice, made at their first visit and changeable by staff
 * at their request.
 */
public enum Tier {
    /** Only count my visits: no person record at all, every visit is anonymous. */
    COUNT_ONLY,
    /** Remember me by a name I chose for here; it need not be my real name. */
    PSEUDONYM,
    /** Remember me by my name. */
    NAMED,
    /** Remember me by my name, and you may contact me at the detail I give. */
    NAMED_CONTACT;

    /** The longest contact detail kept. */
    public static final int MAX_CONTACT_LENGTH = 120;

    /** Whether this choice keeps a person record at all. */
    public boolean keepsPerson() {
        return this != COUNT_ONLY;
    }

    /** Whether this choice keeps a contact detail. */
    public boolean keepsContact() {
        return this == NAMED_CONTACT;
    }

    /**
     * The contact detail to keep for this choice: only for {@link #NAMED_CONTACT}, tidied, empty when blank.
     *
     * @throws IllegalArgumentException with key {@code error.contact.long} when too long, or
     *                                  {@code error.contact.empty} when this choice needs one and none is given
     */
    public Optional<String> contactToKeep(Optional<String> contact) {
        if (!keepsContact()) {
            return Optional.empty();
        }
        Optional<String> tidy = contact.map(NameMatching::tidy).filter(s -> !s.isEmpty());
        if (tidy.isEmpty()) {
            throw new IllegalArgumentException("error.contact.empty");
        }
        if (tidy.get().codePointCount(0, tidy.get().length()) > MAX_CONTACT_LENGTH) {
            throw new IllegalArgumentException("error.contact.long");
        }
        return tidy;
    }

    /** The translation key of this choice's label. */
    public String textKey() {
        return "tier." + name().toLowerCase(Locale.ROOT);
    }
}
