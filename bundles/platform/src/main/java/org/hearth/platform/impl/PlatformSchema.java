package org.hearth.platform.impl;

import javax.sql.DataSource;
import org.hearth.api.SchemaMigrator;
import org.hearth.api.data.FeatureSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The platform's own schema, migrated before any platform service that reads it is offered. */
@Component(service = PlatformSchema.class)
public class PlatformSchema extends FeatureSchema {

    @Activate
    public PlatformSchema(@Reference(target = FeatureSchema.MAIN) DataSource dataSource,
                          @Reference SchemaMigrator migrator) {
        super(dataSource, migrator, "platform");
    }
}
