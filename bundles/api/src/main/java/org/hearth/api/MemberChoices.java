package org.hearth.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What a member chose about being known at the center — their own choice at their first visit, changeable only at
 * their request — for features that may serve only members who chose to be named, such as a coaching plan or
 * check-up calls. Offered by the sign-in feature; a feature that finds no such service treats every person on
 * record as having chosen to be named (a kiosk without sign-in keeps no such choice). Thread-safe and quick.
 *
 * @since 1.1
 */
@ProviderType
public interface MemberChoices {

    /** Whether the person chose to be known by their name (with or without being contacted). */
    boolean choseToBeNamed(String personId);

    /** Whether the person chose to be named and welcome to be contacted. */
    boolean welcomesContact(String personId);

    /**
     * The contact detail (a phone number, say) the person gave when they chose to be contacted; empty when they did
     * not choose that. For the people whose work is to contact them, such as check-up callers; never shown elsewhere.
     */
    java.util.Optional<String> contactDetail(String personId);
}
