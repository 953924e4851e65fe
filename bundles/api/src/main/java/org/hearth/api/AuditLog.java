package org.hearth.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only audit log of sensitive reads and changes. Thread-safe. Writing an entry commits it
 * before returning.
 */
@ProviderType
public interface AuditLog {

    /** Records that {@code actorId} did {@code action} to {@code subject} now. */
    void record(String actorId, String action, String subject);

    /** The most recent entries, newest first. */
    List<AuditEntry> recent(int limit);

    /** Every entry about one subject, newest first. */
    List<AuditEntry> about(String subject);
}
