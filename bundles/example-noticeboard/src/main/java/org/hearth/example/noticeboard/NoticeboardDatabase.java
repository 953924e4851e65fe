package org.hearth.example.noticeboard;

import javax.sql.DataSource;
import org.hearth.api.SchemaMigrator;
import org.hearth.api.data.FeatureSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The bundle's own schema, {@code noticeboard}, migrated from {@code db/migration/noticeboard/} before it is read. */
@Component(service = NoticeboardDatabase.class, immediate = true)
public class NoticeboardDatabase extends FeatureSchema {

    @Activate
    public NoticeboardDatabase(@Reference(target = FeatureSchema.MAIN) DataSource main,
                               @Reference SchemaMigrator migrator) {
        super(main, migrator, "noticeboard");
    }
}
