package org.hearth.events.impl;

import javax.sql.DataSource;
import org.hearth.api.SchemaMigrator;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** This bundle's own {@code events} schema, migrated before any store that reads it is offered. */
@Component(service = EventsDatabase.class, immediate = true)
public class EventsDatabase {

    private final Jdbi jdbi;

    @Activate
    public EventsDatabase(@Reference(target = "(hearth.database=main)") DataSource dataSource,
                          @Reference SchemaMigrator migrator) {
        migrator.migrate(EventsDatabase.class, "events");
        this.jdbi = Jdbi.create(dataSource);
    }

    /** JDBI over the main database, for the tables of the {@code events} schema. */
    Jdbi jdbi() {
        return jdbi;
    }
}
