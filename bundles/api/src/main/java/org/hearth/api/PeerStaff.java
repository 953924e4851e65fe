package org.hearth.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's record of peer staff: who is a recovery coach or a recovery associate, and the training
 * each completed. Coordinators keep it (on the accounts screen); features read it, for example to offer a
 * shift only to trained coaches or to set how often a peer is due for supervision. Thread-safe.
 */
@ProviderType
public interface PeerStaff {

    /** The person's peer profile, if they are peer staff. */
    Optional<PeerProfile> profile(String personId);

    /** Every peer profile, in no particular order. */
    List<PeerProfile> list();

    /**
     * Records or replaces a person's profile (kind and every training). The person must exist; otherwise an
     * {@link IllegalArgumentException} with a translation key is thrown.
     */
    PeerProfile save(PeerProfile profile);

    /** Removes a person's profile (they are no longer peer staff). */
    void remove(String personId);
}
