package org.hearth.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who supervises whom. Only the people concerned (supervisee, supervisor, backup) and coordinators may
 * read a relation: every method takes the {@link Viewer} asking, and answers nothing it may not see.
 * Only coordinators change relations. Thread-safe.
 */
@ProviderType
public interface SupervisionRelations {

    /** The supervisee's relation, if there is one and {@code asker} may see it. */
    Optional<SupervisionRelation> of(Viewer asker, String superviseeId);

    /**
     * The relations in which {@code supervisorId} is the supervisor or the backup; empty unless the asker is
     * that person or a coordinator.
     */
    List<SupervisionRelation> supervisedBy(Viewer asker, String supervisorId);

    /**
     * Sets (or replaces) a supervisee's relation. Only a coordinator may; otherwise a
     * {@link SecurityException} is thrown. The people must exist ({@link IllegalArgumentException}).
     */
    void assign(Viewer coordinator, SupervisionRelation relation);

    /** Ends a supervisee's relation; coordinators only ({@link SecurityException}). */
    void end(Viewer coordinator, String superviseeId);
}
