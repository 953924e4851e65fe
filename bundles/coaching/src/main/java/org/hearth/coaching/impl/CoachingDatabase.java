package org.hearth.coaching.impl;

import javax.sql.DataSource;
import org.hearth.api.SchemaMigrator;
import org.hearth.api.data.FeatureSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** This bundle's own {@code coaching} schema, migrated before any store that reads it is offered. */
@Component(service = CoachingDatabase.class, immediate = true)
public class CoachingDatabase extends FeatureSchema {

    @Activate
    public CoachingDatabase(@Reference(target = FeatureSchema.MAIN) DataSource dataSource,
                            @Reference SchemaMigrator migrator) {
        super(dataSource, migrator, "coaching");
    }
}
