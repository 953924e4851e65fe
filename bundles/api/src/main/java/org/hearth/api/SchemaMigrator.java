package org.hearth.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates and migrates a bundle's own database schema from the plain SQL files it ships in
 * {@code db/migration/<schema>/} ({@code V1__create_visits.sql}, {@code V2__...}). One schema and one
 * history table per bundle; a bundle never touches another's schema. Thread-safe.
 */
@ProviderType
public interface SchemaMigrator {

    /**
     * Brings the schema named {@code schema} up to date with the migrations shipped next to
     * {@code anchor} (a class of the calling bundle). Returns how many migrations were applied.
     *
     * @throws IllegalStateException if a migration fails; the schema is left at its last good version
     */
    int migrate(Class<?> anchor, String schema);
}
