package org.hearth.platform.impl;

import javax.sql.DataSource;
import org.hearth.api.SchemaMigrator;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The platform's own schema, migrated before any platform service that reads it is offered. */
@Component(service = PlatformSchema.class)
public class PlatformSchema {

    private final Jdbi jdbi;

    @Activate
    public PlatformSchema(@Reference(target = "(hearth.database=main)") DataSource dataSource,
                          @Reference SchemaMigrator migrator) {
        migrator.migrate(PlatformSchema.class, "platform");
        this.jdbi = Jdbi.create(dataSource);
    }

    /** JDBI over the main database, for the platform's own tables. */
    Jdbi jdbi() {
        return jdbi;
    }
}
