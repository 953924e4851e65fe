package org.hearth.volunteers.impl;

import java.time.LocalDate;
import java.util.Optional;
import org.hearth.api.PeerProfile;
import org.hearth.api.PeerRole;
import org.hearth.api.SchedulingLimit;

/**
 * What the scheduler knows of a person who may take a shift.
 *
 * @param since     the day they first came to the center (their registration)
 * @param overseer  whether they may oversee an associate on a shift (a recovery coach or a supervisor)
 */
record Candidate(String personId, Optional<PeerProfile> profile, LocalDate since, boolean overseer,
                 SchedulingLimit limit) {

    boolean isCoach() {
        return profile.map(PeerProfile::isCoach).orElse(false);
    }

    boolean isAssociate() {
        return profile.map(p -> p.peerRole() == PeerRole.RECOVERY_ASSOCIATE).orElse(false);
    }
}
