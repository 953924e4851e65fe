package org.hearth.platform.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.hearth.api.SchemaMigrator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each bundle's SQL migrations with Flyway, in the bundle's own schema and history table.
 * Outside OSGi (unit tests) the migrations are read from the anchor's class loader.
 */
@Component
public class FlywaySchemaMigrator implements SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(FlywaySchemaMigrator.class);
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,29}");

    private final DataSource dataSource;
    private Boolean upperCase;
    /** Present only for the start that moves an installation from Derby to PostgreSQL. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SchemaMove move;

    @Activate
    public FlywaySchemaMigrator(@Reference(target = "(hearth.database=main)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * An unquoted name as the database keeps it (Derby upper-case, PostgreSQL lower-case): Flyway quotes the names
     * it is given, and the bundles' SQL names the same schema unquoted.
     */
    private String stored(String name) {
        if (upperCase == null) {
            try (Connection connection = dataSource.getConnection()) {
                upperCase = connection.getMetaData().storesUpperCaseIdentifiers();
            } catch (SQLException e) {
                throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
            }
        }
        return upperCase ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** For tests outside OSGi: the move the kiosk's start would bring. */
    void moving(SchemaMove schemaMove) {
        this.move = schemaMove;
    }

    @Override
    public synchronized int migrate(Class<?> anchor, String schema) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("Schema names are lower-case letters, digits and _: " + schema);
        }
        if (move != null && !"platform".equals(schema)) {
            // a feature's rows refer to the platform's people: those must have moved first
            migrate(PlatformSchema.class, "platform");
        }
        String folder = "db/migration/" + schema;
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle != null && move == null && UpToDate.check(dataSource, schema, bundle, folder)) {
            LOG.debug("Schema {} is up to date", schema);
            return 0;
        }
        // Flyway finds its Derby support through the class loader it is given: in OSGi that is ours
        ClassLoader loader = bundle != null ? FlywaySchemaMigrator.class.getClassLoader() : anchor.getClassLoader();
        FluentConfiguration config = Flyway.configure(loader)
                .dataSource(dataSource)
                .schemas(stored(schema))
                .table(stored("schema_history"))
                .locations("classpath:" + folder)
                .validateMigrationNaming(true);
        if (bundle != null) {
            config.resourceProvider(new BundleMigrations(bundle, folder));
        }
        try {
            Flyway flyway = config.load();
            RewrittenMigrations.accept(flyway, RewrittenMigrations.listed(bundle, anchor, folder), schema);
            SchemaMove moving = move;
            boolean created = moving != null && flyway.info().current() == null;
            int applied = flyway.migrate().migrationsExecuted;
            LOG.info("Schema {}: {} migration(s) applied", schema, applied);
            if (moving != null) {
                moving.copy(schema, created);
            }
            return applied;
        } catch (FlywayException e) {
            throw new IllegalStateException("Migrating schema " + schema + " failed: " + e.getMessage(), e);
        }
    }
}
