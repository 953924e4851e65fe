package ${package};

import javax.sql.DataSource;
import org.hearth.api.SchemaMigrator;
import org.hearth.api.data.FeatureSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * This bundle's own schema, {@value #SCHEMA}, in the kiosk's database: created and migrated from
 * {@code db/migration/${moduleId}/V*__*.sql} before anything that reads it starts. Queries name every table with the
 * schema ({@code ${moduleId}.note}).
 */
@Component(service = NotesDatabase.class, immediate = true)
public class NotesDatabase extends FeatureSchema {

    public static final String SCHEMA = "${moduleId}";

    @Activate
    public NotesDatabase(@Reference(target = FeatureSchema.MAIN) DataSource main, @Reference SchemaMigrator migrator) {
        super(main, migrator, SCHEMA);
    }
}
