package org.hearth.kiosk.osgi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class OsgiRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(OsgiRuntime.class);

    private final Felix felix;
    private final Path bundlesDir;

    private OsgiRuntime(Felix felix, Path bundlesDir) {
        this.felix = felix;
        this.bundlesDir = bundlesDir;
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
        Map<String, Object> config = new HashMap<>(properties);
        config.put(Constants.FRAMEWORK_STORAGE, cacheDir.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.compute(OsgiRuntime.class.getClassLoader()));
        config.put("felix.log.logger", new FelixLogBridge());
        config.put("felix.log.level", "2");
        // Felix's URL handlers are JVM-global; the host does not need them
        config.put("felix.service.urlhandlers", "false");
        config.put("felix.fileinstall.dir", String.join(",", watchedDirs.stream().map(Path::toString).toList()));
        config.putIfAbsent("felix.fileinstall.poll", "250");
        config.put("felix.fileinstall.noInitialDelay", "true");
        config.put("felix.fileinstall.bundles.new.start", "true");
        config.put("felix.fileinstall.filter", ".*\\.(jar|cfg|config)");
        config.put("felix.fileinstall.enableConfigSave", "false");
        config.put("felix.fileinstall.log.default", "jul");
        config.put("felix.fileinstall.log.level", "3");
        Felix felix = new Felix(config);
        felix.init();
        return new OsgiRuntime(felix, bundlesDir);
    }

    /** Installs and starts the shipped bundles. One that fails is logged and left; the rest go on. */
    public void startBundles() throws BundleException, IOException {
        List<Bundle> installed = installShipped(felix.getBundleContext(), bundlesDir);
        felix.start();
        for (Bundle bundle : installed) {
            startQuietly(bundle);
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

    private static void startQuietly(Bundle bundle) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return;
        }
        try {
            bundle.start();
        } catch (BundleException | RuntimeException e) {
            LOG.error("Bundle {} did not start: {}", bundle.getSymbolicName(), e.getMessage());
        }
    }

    /** The system bundle's context, through which the host uses the service registry. */
    public BundleContext context() {
        return felix.getBundleContext();
    }

    /** Stops every bundle and the framework, waiting up to {@code millis}. */
    public void stop(long millis) {
        try {
            felix.stop();
            FrameworkEvent event = felix.waitForStop(millis);
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
