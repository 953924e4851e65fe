package org.hearth.kiosk;

import java.util.Optional;
import javax.sql.DataSource;
import org.hearth.api.Accounts;
import org.hearth.api.AuditLog;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.WebEndpoint;
import org.hearth.kiosk.osgi.BundleHealth;
import org.hearth.kiosk.web.EndpointPaths;
import org.hearth.kiosk.osgi.DropInSignatures;
import org.hearth.kiosk.osgi.DropInStarter;
import org.hearth.kiosk.osgi.ModuleManager;
import org.hearth.kiosk.osgi.ModuleRegistry;
import org.hearth.kiosk.osgi.OsgiLogBridge;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What the kiosk's screens and servlets need from the running host: settings, modules, bundle health and
 * the platform services (which may come and go with the platform bundle, hence {@link Optional}).
 */
public final class KioskServices {

    private static volatile KioskServices current;

    private volatile HostSettings settings;
    private final ModuleRegistry modules;
    /** How long a drop-in may take to start before the kiosk stops waiting for it. */
    static final java.time.Duration DROP_IN_START_DEADLINE = java.time.Duration.ofSeconds(10);

    private final DropInStarter dropIns;
    /** The center's trusted signers of drop-ins (config/trusted-signers); none = every drop-in accepted. */
    private final DropInSignatures signatures;
    private final BundleHealth bundleHealth;
    private final ModuleManager moduleManager;
    private final ServiceTracker<Accounts, Accounts> accounts;
    private final ServiceTracker<PeopleDirectory, PeopleDirectory> people;
    private final ServiceTracker<AuditLog, AuditLog> audit;
    private final ServiceTracker<DataSource, DataSource> dataSource;
    private final ServiceTracker<WebEndpoint, WebEndpoint> endpoints;
    private final OsgiLogBridge logBridge;

    KioskServices(HostSettings settings, BundleContext context, org.hearth.kiosk.osgi.ShippedBundles shipped) {
        this.settings = settings;
        this.modules = new ModuleRegistry(context);
        this.signatures = new DropInSignatures(settings.configDir().resolve("trusted-signers"));
        this.dropIns = new DropInStarter(context, settings.deployDir(), DROP_IN_START_DEADLINE, signatures);
        this.bundleHealth = new BundleHealth(context, settings.deployDir(), dropIns, shipped);
        this.moduleManager = new ModuleManager(context, settings.deployDir(), dropIns, bundleHealth, modules,
                signatures);
        this.accounts = new ServiceTracker<>(context, Accounts.class, null);
        this.people = new ServiceTracker<>(context, PeopleDirectory.class, null);
        this.audit = new ServiceTracker<>(context, AuditLog.class, null);
        this.dataSource = new ServiceTracker<>(context, DataSource.class, null);
        this.endpoints = new ServiceTracker<>(context, WebEndpoint.class, null);
        this.logBridge = new OsgiLogBridge(context);
    }

    void open(BundleContext context) {
        logBridge.open();
        modules.open();
        signatures.required(); // reads the trusted signers now, and says in the log if drop-ins must be signed
        dropIns.open();
        context.registerService(org.hearth.api.KioskModule.class, new org.hearth.kiosk.ui.KioskHealthModule(), null);
        context.registerService(org.hearth.api.KioskModule.class, new org.hearth.kiosk.ui.SettingsModule(), null);
        accounts.open();
        people.open();
        audit.open();
        dataSource.open();
        endpoints.open();
        current = this;
    }

    void close() {
        modules.close();
        dropIns.close();
        bundleHealth.close();
        accounts.close();
        people.close();
        audit.close();
        dataSource.close();
        endpoints.close();
        logBridge.close();
    }

    /** The running host's services; set once the framework is up. */
    public static KioskServices get() {
        KioskServices services = current;
        if (services == null) {
            throw new IllegalStateException("The kiosk host is not running");
        }
        return services;
    }

    public HostSettings settings() {
        return settings;
    }

    /** Reads the settings file again after a coordinator changed it; the port and folders change at restart. */
    public void reloadSettings(java.util.function.Consumer<String> warn) {
        HostSettings fresh = HostSettings.load(settings.home(), System.getenv(), System.getProperties(), warn);
        settings = new HostSettings(settings.home(), settings.port(), settings.bindAddress(), settings.dataDir(),
                settings.logsDir(), fresh.idleAskSeconds(), fresh.idleResetSeconds(), fresh.staffIdleSeconds(),
                fresh.language(), settings.deployPollMillis(), fresh.centerName(), fresh.openingHours(),
                settings.keyFile(), settings.database(), settings.centerId());
    }

    public ModuleRegistry modules() {
        return modules;
    }

    public BundleHealth bundleHealth() {
        return bundleHealth;
    }

    public ModuleManager moduleManager() {
        return moduleManager;
    }

    public Optional<Accounts> accounts() {
        return Optional.ofNullable(accounts.getService());
    }

    public Optional<PeopleDirectory> people() {
        return Optional.ofNullable(people.getService());
    }

    public Optional<AuditLog> audit() {
        return Optional.ofNullable(audit.getService());
    }

    /**
     * The bundle endpoint serving exactly {@code path}, if any. The kiosk's own paths are never a bundle's; a
     * drop-in serves only under its own prefix ({@link EndpointPaths}).
     */
    public Optional<WebEndpoint> endpoint(String path) {
        if (EndpointPaths.reserved(path)) {
            return Optional.empty();
        }
        for (var tracked : endpoints.getTracked().entrySet()) {
            try {
                org.osgi.framework.Bundle bundle = tracked.getKey().getBundle();
                if (bundle != null && path.equals(tracked.getValue().path())
                        && (!dropIns.isDropIn(bundle) || EndpointPaths.ownedBy(bundle.getSymbolicName(), path))) {
                    return Optional.of(tracked.getValue());
                }
            } catch (RuntimeException e) {
                // a broken endpoint answers nothing
            }
        }
        return Optional.empty();
    }

    public Optional<DataSource> dataSource() {
        return Optional.ofNullable(dataSource.getService());
    }

    /** Which engine holds the records: {@code derby} (embedded) or {@code postgresql}; empty before it is up. */
    public Optional<String> databaseEngine() {
        var reference = dataSource.getServiceReference();
        return reference == null ? Optional.empty()
                : Optional.ofNullable((String) reference.getProperty("hearth.database.engine"));
    }
}
