package org.hearth.api.data;

import javax.sql.DataSource;
import org.hearth.api.SchemaMigrator;
import org.jdbi.v3.core.Jdbi;

/**
 * A feature's own schema in the kiosk's main database, migrated when the component is created, so that every
 * store that references it reads an up-to-date schema. A feature declares one as a component:
 *
 * <pre>{@code
 * @Component(service = ShiftsDatabase.class, immediate = true)
 * public class ShiftsDatabase extends FeatureSchema {
 *     @Activate
 *     public ShiftsDatabase(@Reference(target = FeatureSchema.MAIN) DataSource main, @Reference SchemaMigrator m) {
 *         super(main, m, "volunteers");
 *     }
 * }
 * }</pre>
 *
 * The rules, as {@link SchemaMigrator} applies them:
 * <ul>
 *   <li><b>The name.</b> The schema is named after the bundle (its module id, say {@code volunteers} or
 *   {@code noticeboard}): the {@code schema} argument, lower-case letters, digits and {@code _}, starting with a
 *   letter, at most 30 characters. The database keeps it as an unquoted identifier (Derby shows it upper-case).</li>
 *   <li><b>The migrations</b> are the bundle's {@code db/migration/<schema>/V<n>__<what>.sql} (for example
 *   {@code db/migration/noticeboard/V1__notices.sql}), read from the bundle of the subclass, applied once each in
 *   version order, recorded in {@code <schema>.schema_history}. They run with {@code <schema>} as the current schema;
 *   write the tables qualified all the same ({@code CREATE TABLE noticeboard.notice ...}), as the queries must.</li>
 *   <li><b>The queries</b> over {@link #jdbi()} run on ordinary connections of the main database, whose current
 *   schema is not the feature's: every table is named with its schema ({@code SELECT ... FROM noticeboard.notice}).
 *   </li>
 *   <li><b>Plain SQL</b> that Derby (the embedded default) and PostgreSQL both accept: standard types, identity
 *   columns as {@code GENERATED ALWAYS AS IDENTITY}, {@code FETCH FIRST n ROWS ONLY}; the test kit's
 *   {@code PortableSql} checks a migration folder.</li>
 *   <li>A bundle reads and writes only its own schema; it never touches another's, nor the platform's.</li>
 * </ul>
 * A migration that fails stops the component from starting (and {@code /health} says why); the schema stays at its
 * last good version.
 */
public abstract class FeatureSchema {

    /** The target filter of the kiosk's main database {@link DataSource} service. */
    public static final String MAIN = "(hearth.database=main)";

    private final Jdbi jdbi;

    /**
     * Migrates {@code schema} from the migrations in the subclass's bundle, {@code db/migration/<schema>/}.
     *
     * @param dataSource the main database ({@link #MAIN})
     * @param migrator   the platform's migrator
     * @param schema     the feature's schema, named after the bundle: {@code [a-z][a-z0-9_]*}, at most 30 characters
     *
     * @throws IllegalStateException if a migration fails (the component then does not start)
     */
    protected FeatureSchema(DataSource dataSource, SchemaMigrator migrator, String schema) {
        migrator.migrate(getClass(), schema);
        this.jdbi = Jdbi.create(dataSource);
    }

    /** JDBI over the main database, for this feature's own tables. Thread-safe. */
    public Jdbi jdbi() {
        return jdbi;
    }
}
