package org.hearth.platform.impl;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Boots the embedded database the moment the platform bundle starts, on a thread of its own: the boot (about a
 * second for the encrypted database) then overlaps the start of the framework's other services, and
 * {@link MainDatabase} takes the booted database when its component is activated. A later activation (after a
 * configuration change, say) boots it then, as before.
 */
public final class EarlyBoot implements BundleActivator {

    private static final AtomicReference<CompletableFuture<EmbeddedDataSource>> BOOTING = new AtomicReference<>();

    @Override
    public void start(BundleContext context) {
        String url = context.getProperty(PostgresDatabase.URL);
        if (url != null && !url.isBlank()) {
            return;
        }
        BOOTING.set(CompletableFuture.supplyAsync(() -> {
            try {
                return DerbyDatabase.open(context);
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, task -> new Thread(task, "hearth-db-boot").start()));
    }

    @Override
    public void stop(BundleContext context) {
        CompletableFuture<EmbeddedDataSource> untaken = BOOTING.getAndSet(null);
        if (untaken != null) {
            try {
                DerbyDatabase.shutdown(untaken.join().getDatabaseName());
            } catch (CompletionException notBooted) {
                // nothing to close
            }
        }
    }

    /** The database booted when the bundle started, the first time; booted now after that. */
    static EmbeddedDataSource take(BundleContext context) throws SQLException {
        CompletableFuture<EmbeddedDataSource> early = BOOTING.getAndSet(null);
        if (early == null) {
            return DerbyDatabase.open(context);
        }
        try {
            return early.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
