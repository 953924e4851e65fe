package org.hearth.supervision.impl;

import javax.sql.DataSource;
import org.hearth.api.SchemaMigrator;
import org.hearth.api.data.FeatureSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** This bundle's own {@code supervision} schema, migrated before any store that reads it is offered. */
@Component(service = SupervisionDatabase.class, immediate = true)
public class SupervisionDatabase extends FeatureSchema {

    @Activate
    public SupervisionDatabase(@Reference(target = FeatureSchema.MAIN) DataSource dataSource,
                               @Reference SchemaMigrator migrator) {
        super(dataSource, migrator, "supervision");
    }
}
