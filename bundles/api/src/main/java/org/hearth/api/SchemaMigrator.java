package org.hearth.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates and migrates a bundle's own database schema from the plain SQL files it ships in
 * {@code db/migration/<schema>/} ({@code V1__create_visits.sql}, {@code V2__...}). One schema and one
 * history table ({@code <schema>.schema_history}) per bundle; a bundle never touches another's schema. Thread-safe.
 * <p>
 * The schema is named after the bundle (its module id): lower-case letters, digits and {@code _}, starting with a
 * letter, at most 30 characters. The migrations run with that schema as the current one, but the bundle's queries run
 * on ordinary connections, so migrations and queries alike name every table with its schema
 * ({@code CREATE TABLE visits.visit ...}, {@code SELECT ... FROM visits.visit}). The SQL is plain SQL that Derby and
 * PostgreSQL both accept. Most bundles use {@link org.hearth.api.data.FeatureSchema}, which calls this when its
 * component is created.
 */
@ProviderType
public interface SchemaMigrator {

    /**
     * Brings the schema named {@code schema} up to date with the migrations shipped next to
     * {@code anchor} (a class of the calling bundle), in {@code db/migration/<schema>/}. Returns how many migrations
     * were applied.
     *
     * @throws IllegalArgumentException if {@code schema} is not lower-case letters, digits and {@code _} (starting
     *                                  with a letter, at most 30 characters)
     *
     * @throws IllegalStateException if a migration fails; the schema is left at its last good version
     */
    int migrate(Class<?> anchor, String schema);
}
