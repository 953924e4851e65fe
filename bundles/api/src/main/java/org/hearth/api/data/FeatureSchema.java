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
 * The migrations are the bundle's {@code db/migration/<schema>/V*__*.sql}, next to the subclass.
 */
public abstract class FeatureSchema {

    /** The target filter of the kiosk's main database {@link DataSource} service. */
    public static final String MAIN = "(hearth.database=main)";

    private final Jdbi jdbi;

    /**
     * Migrates {@code schema} from the migrations next to the subclass.
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
