package org.hearth.signin.impl;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.Offering;

/**
 * What a visitor has tapped so far: purposes (any number) and at most one of today's groups or events.
 * Picking a group or event also picks its purpose; dropping that purpose drops the group or event.
 */
final class PurposeChoice {

    private final Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
    private Offering offering;

    /** Turns a purpose on or off; returns whether it is now on. */
    boolean toggle(Purpose purpose) {
        if (purposes.remove(purpose)) {
            if (offering != null && purposeOf(offering) == purpose) {
                offering = null;
            }
            return false;
        }
        purposes.add(purpose);
        return true;
    }

    /** Picks a group or event, or drops it when it was already picked; returns whether it is now picked. */
    boolean pick(Offering picked) {
        if (offering != null && offering.reference().equals(picked.reference())) {
            offering = null;
            return false;
        }
        offering = picked;
        purposes.add(purposeOf(picked));
        return true;
    }

    boolean isOn(Purpose purpose) {
        return purposes.contains(purpose);
    }

    boolean isPicked(Offering candidate) {
        return offering != null && offering.reference().equals(candidate.reference());
    }

    Set<Purpose> purposes() {
        return purposes.isEmpty() ? EnumSet.noneOf(Purpose.class) : EnumSet.copyOf(purposes);
    }

    /** The reference of the picked group or event, for {@code HearthTopics.REFERENCE}. */
    Optional<String> reference() {
        return Optional.ofNullable(offering).map(Offering::reference);
    }

    static Purpose purposeOf(Offering offering) {
        return offering.type() == Offering.Type.GROUP ? Purpose.GROUP : Purpose.EVENT;
    }
}
