package org.hearth.api;

import java.util.List;
import java.util.Objects;

/**
 * A peer staff member's kind and training.
 *
 * @param personId the person
 * @param peerRole recovery coach or recovery associate
 * @param training the trainings completed, oldest first
 */
public record PeerProfile(String personId, PeerRole peerRole, List<Training> training) {

    /** Copies the training list; null values are refused. */
    public PeerProfile {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(peerRole, "peerRole");
        training = List.copyOf(training);
    }

    /** Whether the person is a recovery coach. */
    public boolean isCoach() {
        return peerRole == PeerRole.RECOVERY_COACH;
    }
}
