package org.hearth.events.impl;

import java.sql.SQLException;
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

    /** Whether a failure is a unique-key violation (SQL state 23505), however deeply wrapped. */
    static boolean isDuplicateKey(Throwable failure) {
        return hasState(failure, "23505");
    }

    /** Whether a failure is a deadlock or lock time-out, worth one more try (40001, 40XL1, 40XL2). */
    static boolean isTransient(Throwable failure) {
        return hasState(failure, "40001") || hasState(failure, "40XL1") || hasState(failure, "40XL2");
    }

    private static boolean hasState(Throwable failure, String state) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
