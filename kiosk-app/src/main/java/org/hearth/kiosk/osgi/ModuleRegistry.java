package org.hearth.kiosk.osgi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hearth.api.KioskModule;
import org.hearth.api.Viewer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules currently offered by bundles, kept in our own map (a {@link ServiceTracker} records a
 * service only after {@code addingService} returns, which would make listeners one change late).
 * Thread-safe. Listeners run on the OSGi thread that changed the service; UIs move to their own.
 */
public final class ModuleRegistry {

    /** Whether a module works; a module whose view threw is FAILED until its bundle offers it again. */
    public enum State { ACTIVE, FAILED }

    /** One module as the kiosk knows it. */
    public record Entry(KioskModule module, long bundleId, String bundleName, State state, String error) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);

    /** A module and its bundle, read once when it came: a reference's bundle is null once it is unregistered. */
    private record Offered(KioskModule module, long bundleId, String bundleName) {
    }

    private final Map<ServiceReference<KioskModule>, Offered> services = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ServiceTracker<KioskModule, KioskModule> tracker;

    public ModuleRegistry(BundleContext context) {
        tracker = new ServiceTracker<>(context, KioskModule.class, null) {
            @Override
            public KioskModule addingService(ServiceReference<KioskModule> reference) {
                org.osgi.framework.Bundle bundle = reference.getBundle();
                KioskModule offered = bundle == null ? null : context.getService(reference);
                KioskModule module = offered == null ? null : DeclaredModuleProperties.of(reference, offered);
                if (module != null) {
                    services.put(reference, new Offered(module, bundle.getBundleId(), bundle.getSymbolicName()));
                    failures.remove(safeId(module));
                    LOG.info("Module '{}' added by {}", safeId(module), bundle.getSymbolicName());
                    fire();
                }
                return module;
            }

            @Override
            public void modifiedService(ServiceReference<KioskModule> reference, KioskModule module) {
                fire();
            }

            @Override
            public void removedService(ServiceReference<KioskModule> reference, KioskModule module) {
                services.remove(reference);
                LOG.info("Module '{}' removed", safeId(module));
                fire();
                context.ungetService(reference);
            }
        };
    }

    public void open() {
        tracker.open();
    }

    public void close() {
        listeners.clear();
        tracker.close();
    }

    /** Every module, sorted for display; a duplicate id is shown once (the first bundle wins). */
    public List<Entry> entries() {
        Map<String, Entry> byId = new java.util.LinkedHashMap<>();
        services.values().stream()
                .sorted(Comparator.comparingLong(Offered::bundleId))
                .forEach(offered -> {
                    String id = safeId(offered.module());
                    if (byId.containsKey(id)) {
                        LOG.warn("Two bundles offer a module with id '{}'; keeping the first", id);
                        return;
                    }
                    String error = failures.get(id);
                    byId.put(id, new Entry(offered.module(), offered.bundleId(), offered.bundleName(),
                            error == null ? State.ACTIVE : State.FAILED, error));
                });
        List<Entry> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparingInt((Entry e) -> safeOrder(e.module())).thenComparing(e -> safeId(e.module())));
        return sorted;
    }

    /** The modules a viewer sees as tiles: visitors see visitor modules only, staff the union of their roles'. */
    public List<Entry> visibleTo(Viewer viewer) {
        return entries().stream().filter(e -> mayOpen(e.module(), viewer)).toList();
    }

    /** Whether {@code viewer} may open {@code module} (see {@link Viewer#mayOpen}). */
    public static boolean mayOpen(KioskModule module, Viewer viewer) {
        try {
            return viewer.mayOpen(module.audience());
        } catch (RuntimeException e) {
            LOG.warn("A module's audience could not be read: {}", e.toString());
            return false;
        }
    }

    /** Whether this very module (not just one with its id) is still offered. */
    public boolean offers(KioskModule module) {
        return services.values().stream().anyMatch(o -> o.module() == module);
    }

    /** The module with this id, if one is offered. */
    public Optional<Entry> find(String id) {
        return entries().stream().filter(e -> safeId(e.module()).equals(id)).findFirst();
    }

    /**
     * Records that a module's view threw; the module is shown as failed until its bundle restarts. The
     * exception stays in the log, under {@code reference}; /health and the screens only name the reference.
     */
    public void markFailed(String id, String reference) {
        failures.put(id, "Its screen could not be shown; the log has the details under reference " + reference + ".");
        fire();
    }

    /** Adds a listener called after every change. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A module listener failed", e);
            }
        }
    }

    /** A module's id, or a placeholder if its id() throws. */
    public static String safeId(KioskModule module) {
        try {
            return module.id();
        } catch (RuntimeException e) {
            return "unknown-" + Integer.toHexString(System.identityHashCode(module));
        }
    }

    /** A module's title, or its id if title() throws. */
    public static String safeTitle(KioskModule module, Locale locale) {
        try {
            return module.title(locale);
        } catch (RuntimeException e) {
            LOG.warn("Module '{}' could not give its title: {}", safeId(module), e.toString());
            return safeId(module);
        }
    }

    /** Whether a module takes scans; false if it throws. */
    public static boolean acceptsScans(KioskModule module) {
        try {
            return module.acceptsScans();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A module's tile notice for a viewer, or none if it throws. */
    public static Optional<String> safeNotice(KioskModule module, Locale locale, Viewer viewer) {
        try {
            Optional<String> notice = module.notice(locale, viewer);
            return notice == null ? Optional.empty() : notice.filter(n -> !n.isBlank());
        } catch (RuntimeException e) {
            LOG.warn("Module '{}' could not give its notice: {}", safeId(module), e.toString());
            return Optional.empty();
        }
    }

    private static int safeOrder(KioskModule module) {
        try {
            return module.order();
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}
