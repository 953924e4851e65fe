package org.hearth.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Who supervises a peer, and who stands in when the supervisor is away.
 *
 * @param superviseeId the peer who is supervised
 * @param supervisorId their supervisor
 * @param backupId     the named backup supervisor, if any
 */
public record SupervisionRelation(String superviseeId, String supervisorId, Optional<String> backupId) {

    /** Refuses a peer supervising themselves and a backup who is the supervisor. */
    public SupervisionRelation {
        Objects.requireNonNull(superviseeId, "superviseeId");
        Objects.requireNonNull(supervisorId, "supervisorId");
        backupId = backupId == null ? Optional.empty() : backupId;
        if (supervisorId.equals(superviseeId) || backupId.filter(b -> b.equals(superviseeId)
                || b.equals(supervisorId)).isPresent()) {
            throw new IllegalArgumentException("error.supervision.same");
        }
    }

    /** Whether {@code personId} is the supervisee, the supervisor or the backup of this relation. */
    public boolean concerns(String personId) {
        return superviseeId.equals(personId) || supervisorId.equals(personId)
                || backupId.filter(personId::equals).isPresent();
    }
}
