package org.hearth.kiosk.osgi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Felix framework: installs and starts the shipped bundles, and lets FileInstall watch the
 * config folder (ConfigAdmin {@code .cfg} files) and the drop-in folder (bundles).
 *
 * <p>Felix's bundle cache is kept from one start to the next while the installation is unchanged (see
 * {@link CacheFingerprint}): unpacking every bundle and its embedded libraries again is most of the start-up
 * time on a slow disk. Drop-ins are not kept: each start installs them afresh from the drop-in folder, so a
 * drop-in removed or replaced while the kiosk was off is never started from the cache.
 */
public final class OsgiRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(OsgiRuntime.class);
    private static final String PLATFORM = "org.hearth.platform";

    private final Felix felix;
    private final Path bundlesDir;
    private final ShippedBundles shipped;
    private final CacheFingerprint fingerprint;
    private final Path cacheDir;
    private final boolean cacheKept;
    private volatile List<Bundle> installed = List.of();

    private OsgiRuntime(Felix felix, Path bundlesDir, CacheFingerprint fingerprint, Path cacheDir, boolean cacheKept) {
        this.felix = felix;
        this.bundlesDir = bundlesDir;
        this.shipped = new ShippedBundles(bundlesDir);
        this.fingerprint = fingerprint;
        this.cacheDir = cacheDir;
        this.cacheKept = cacheKept;
    }

    /**
     * Creates and initialises the framework, so its service registry can be used; nothing is installed
     * until {@link #startBundles()}.
     *
     * @param bundlesDir  shipped bundles, installed at every start
     * @param watchedDirs folders FileInstall watches (config first, then drop-ins)
     * @param properties  extra framework properties (data folder, poll interval, ...)
     */
    public static OsgiRuntime init(Path cacheDir, Path bundlesDir, List<Path> watchedDirs,
                                   Map<String, String> properties) throws BundleException {
        CacheFingerprint fingerprint = CacheFingerprint.of(bundlesDir, System.getProperty("java.class.path", ""));
        boolean keep = fingerprint.matches(cacheDir);
        try {
            return new OsgiRuntime(create(cacheDir, bundlesDir, watchedDirs, properties, keep), bundlesDir,
                    fingerprint, cacheDir, keep);
        } catch (BundleException | RuntimeException e) {
            if (!keep) {
                throw e;
            }
            LOG.warn("The kept bundle cache could not be used ({}); starting with a fresh one", e.getMessage());
            return new OsgiRuntime(create(cacheDir, bundlesDir, watchedDirs, properties, false), bundlesDir,
                    fingerprint, cacheDir, false);
        }
    }

    private static Felix create(Path cacheDir, Path bundlesDir, List<Path> watchedDirs, Map<String, String> properties,
                                boolean keep) throws BundleException {
        String shippedPrefix = bundlesDir.toUri().toString();
        Map<String, Object> config = new HashMap<>(properties);
        config.put(Constants.FRAMEWORK_STORAGE, cacheDir.toString());
        if (!keep) {
            // until the fresh cache is complete, a crash must not leave it looking reusable
            CacheFingerprint.forget(cacheDir);
            config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.compute(OsgiRuntime.class.getClassLoader()));
        config.put("felix.log.logger", new FelixLogBridge());
        config.put("felix.log.level", "2");
        // Felix's URL handlers are JVM-global; the host does not need them
        config.put("felix.service.urlhandlers", "false");
        config.put("felix.fileinstall.dir", String.join(",", watchedDirs.stream().map(Path::toString).toList()));
        config.putIfAbsent("felix.fileinstall.poll", "250");
        config.put("felix.fileinstall.noInitialDelay", "true");
        // the host starts drop-ins itself (DropInStarter), so one that hangs cannot hold FileInstall
        config.put("felix.fileinstall.bundles.new.start", "false");
        config.put("felix.fileinstall.filter", ".*\\.(jar|cfg|config)");
        // a drop-in never makes FileInstall refresh a shipped bundle (for an optional import it could now
        // wire, or a fragment): that restarted SCR and every shipped bundle, closed and reopened the database,
        // and on Java 25 made the JVM crash writing the classes a recording start had loaded
        config.put("felix.fileinstall.optionalImportRefreshScope", "managed");
        config.put("felix.fileinstall.fragmentRefreshScope", "managed");
        config.put("felix.fileinstall.enableConfigSave", "false");
        config.put("felix.fileinstall.log.default", "jul");
        config.put("felix.fileinstall.log.level", "3");
        Felix felix = new Felix(config);
        felix.init();
        if (keep) {
            forgetDropIns(felix.getBundleContext(), shippedPrefix);
        }
        return felix;
    }

    /** Uninstalls, before anything starts, every kept bundle that is not the framework's or a shipped one. */
    private static void forgetDropIns(BundleContext context, String shippedPrefix) throws BundleException {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() != 0 && !bundle.getLocation().startsWith(shippedPrefix)) {
                bundle.uninstall();
            }
        }
    }

    /** Whether this start reuses the bundle cache of the previous one. */
    public boolean cacheKept() {
        return cacheKept;
    }

    /** The shipped bundles, as /health asks about them. */
    public ShippedBundles shipped() {
        return shipped;
    }

    /** Installs and starts the shipped bundles. One that fails is logged and left; the rest go on. */
    public void startBundles() throws BundleException, IOException {
        try {
            installed = installShipped(felix.getBundleContext(), bundlesDir);
            felix.start();
            // the platform first: it boots the database on a thread of its own while the others start
            installed.stream().filter(OsgiRuntime::isPlatform).forEach(this::startQuietly);
            installed.stream().filter(bundle -> isFoundation(bundle) && !isPlatform(bundle)).forEach(this::startQuietly);
            startSideBySide(installed.stream().filter(bundle -> !isFoundation(bundle)).toList());
            if (!cacheKept) {
                fingerprint.save(cacheDir);
            }
        } finally {
            shipped.markStarted();
        }
    }

    private static List<Bundle> installShipped(BundleContext context, Path bundlesDir) throws IOException {
        if (!Files.isDirectory(bundlesDir)) {
            LOG.warn("No shipped bundles folder at {}", bundlesDir);
            return List.of();
        }
        try (Stream<Path> jars = Files.list(bundlesDir)) {
            return jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted()
                    .map(jar -> install(context, jar)).filter(b -> b != null).toList();
        }
    }

    private static Bundle install(BundleContext context, Path jar) {
        try {
            return context.installBundle(jar.toUri().toString());
        } catch (BundleException | RuntimeException e) {
            LOG.error("Shipped bundle {} could not be installed: {}", jar.getFileName(), e.getMessage());
            return null;
        }
    }

    /**
     * The framework's own services and the platform, which every feature's components wait for: started first,
     * one after another. The features then start side by side, each activating its components on its own thread
     * (on a first start, each also creates its schema). On two cores the compilers already keep the second one busy
     * (README, issue 18's fifth pass); with more cores the features' starts overlap.
     */
    private static boolean isFoundation(Bundle bundle) {
        return bundle.getHeaders().get("Service-Component") == null || isPlatform(bundle);
    }

    private static boolean isPlatform(Bundle bundle) {
        return PLATFORM.equals(bundle.getSymbolicName());
    }

    private void startSideBySide(List<Bundle> bundles) {
        int threads = Math.max(1, Math.min(bundles.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger count = new AtomicInteger();
        ExecutorService starters = Executors.newFixedThreadPool(threads,
                task -> new Thread(task, "hearth-start-" + count.incrementAndGet()));
        try {
            starters.invokeAll(bundles.stream().map(bundle -> (Callable<Void>) () -> {
                startQuietly(bundle);
                return null;
            }).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            starters.shutdown();
        }
    }

    private void startQuietly(Bundle bundle) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return;
        }
        try {
            // transient: the host starts the shipped bundles itself at every start, side by side (see above),
            // so Felix must not start them one by one from the kept cache first
            bundle.start(Bundle.START_TRANSIENT);
        } catch (BundleException e) {
            LOG.error("Bundle {} did not start", bundle.getSymbolicName(), e);
            shipped.failed(bundle, BundleHealth.whyItDidNotStart(e));
        } catch (RuntimeException e) {
            LOG.error("Bundle {} did not start", bundle.getSymbolicName(), e);
            shipped.failed(bundle, BundleHealth.THREW);
        }
    }

    private void stopShipped(long millis) {
        Thread stopper = new Thread(() -> {
            for (Bundle bundle : installed.reversed()) {
                if (bundle.getState() != Bundle.ACTIVE) {
                    continue;
                }
                try {
                    bundle.stop(Bundle.STOP_TRANSIENT);
                } catch (BundleException | RuntimeException e) {
                    LOG.warn("Bundle {} did not stop cleanly", bundle.getSymbolicName(), e);
                }
            }
        }, "hearth-stop-shipped");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            LOG.warn("The shipped bundles did not stop within {} ms", millis);
        }
    }

    /** The system bundle's context, through which the host uses the service registry. */
    public BundleContext context() {
        return felix.getBundleContext();
    }

    /**
     * Stops every bundle and the framework, waiting up to {@code millis}. The shipped bundles stop first, on a
     * thread of their own: a drop-in that never finishes its start would otherwise hold the framework's stop,
     * and the platform bundle (which closes the database cleanly) would never be stopped.
     */
    public void stop(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        stopShipped(millis / 2);
        try {
            felix.stop();
            FrameworkEvent event = felix.waitForStop(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                LOG.warn("The OSGi framework did not stop within {} ms", millis);
            }
        } catch (BundleException | InterruptedException e) {
            LOG.warn("Stopping the OSGi framework: {}", e.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
