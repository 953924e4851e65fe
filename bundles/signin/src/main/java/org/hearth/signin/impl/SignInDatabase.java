package org.hearth.signin.impl;

import javax.sql.DataSource;
import org.hearth.api.SchemaMigrator;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** This bundle's own {@code signin} schema, migrated before any store that reads it is offered. */
@Component(service = SignInDatabase.class, immediate = true)
public class SignInDatabase {

    private final Jdbi jdbi;

    @Activate
    public SignInDatabase(@Reference(target = "(hearth.database=main)") DataSource dataSource,
                          @Reference SchemaMigrator migrator) {
        migrator.migrate(SignInDatabase.class, "signin");
        this.jdbi = Jdbi.create(dataSource);
    }

    /** JDBI over the main database, for the tables of the {@code signin} schema. */
    Jdbi jdbi() {
        return jdbi;
    }
}
