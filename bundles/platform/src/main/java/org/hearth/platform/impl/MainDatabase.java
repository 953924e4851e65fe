package org.hearth.platform.impl;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Hashtable;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The kiosk's main database, offered to every bundle as a {@link DataSource} service ({@code hearth.database=main},
 * and {@code hearth.database.engine} {@code derby} or {@code postgresql}): embedded Derby by default
 * ({@link DerbyDatabase}), or the PostgreSQL server that the framework property {@value PostgresDatabase#URL} names
 * ({@link PostgresDatabase}).
 */
@Component(immediate = true, service = {})
public class MainDatabase {

    /** Framework property set by {@code bin/hearth move-to-postgresql}: the Derby database to move from. */
    static final String MOVE_FROM = "hearth.move.from";

    private final HikariDataSource pool;
    private final String derbyName;
    private final ServiceRegistration<DataSource> registration;
    private String moveSource;
    private ServiceRegistration<SchemaMove> move;

    @Activate
    public MainDatabase(BundleContext context) throws SQLException {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("hearth.database", "main");
        String url = context.getProperty(PostgresDatabase.URL);
        if (url != null && !url.isBlank()) {
            pool = PostgresDatabase.pool(url.strip(), context.getProperty(PostgresDatabase.USER),
                    context.getProperty(PostgresDatabase.PASSWORD_FILE));
            derbyName = null;
            props.put("hearth.database.engine", "postgresql");
            offerMove(context);
        } else {
            EmbeddedDataSource derby = EarlyBoot.take(context);
            pool = DerbyDatabase.pool(derby);
            derbyName = derby.getDatabaseName();
            props.put("hearth.database.engine", "derby");
        }
        registration = context.registerService(DataSource.class, pool, props);
    }

    /** Before the database is offered, so each schema is moved right after its migrations ran on PostgreSQL. */
    private void offerMove(BundleContext context) throws SQLException {
        String from = context.getProperty(MOVE_FROM);
        if (from == null || from.isBlank()) {
            return;
        }
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(from);
        DerbyDatabase.boot(derby, Path.of(from), DerbyDatabase.key(context.getProperty(DerbyDatabase.DATA_DIR),
                context.getProperty(DerbyDatabase.KEY_FILE)));
        moveSource = from;
        move = context.registerService(SchemaMove.class, new SchemaMove(derby, pool), null);
    }

    @Deactivate
    void deactivate() {
        if (move != null) {
            move.unregister();
            DerbyDatabase.shutdown(moveSource);
        }
        registration.unregister();
        pool.close();
        if (derbyName != null) {
            DerbyDatabase.shutdown(derbyName);
        }
    }
}
