package org.hearth.kiosk.osgi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What state every bundle is in, and why a drop-in failed: not a bundle at all, imports that cannot be
 * resolved, an activator or a component that threw. Explanations are plain sentences for coordinators.
 */
public final class BundleHealth {

    /** One bundle (or one file in the drop-in folder that never became a bundle). */
    public record Item(String symbolicName, String version, String state, String file, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final BundleContext context;
    private final Path deployDir;
    private final ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> scr;
    private final Map<String, String> startErrors = new ConcurrentHashMap<>();
    private final DropInStarter dropIns;

    public BundleHealth(BundleContext context, Path deployDir, DropInStarter dropIns) {
        this.context = context;
        this.deployDir = deployDir;
        this.dropIns = dropIns;
        this.scr = new ServiceTracker<>(context, ServiceComponentRuntime.class, null);
        this.scr.open();
    }

    public void close() {
        scr.close();
    }

    /** Every installed bundle, then every drop-in file that is not one. */
    public List<Item> items() {
        Map<Long, String> componentErrors = componentErrors();
        List<Item> items = new ArrayList<>();
        Set<String> locations = new HashSet<>();
        for (Bundle bundle : context.getBundles()) {
            locations.add(bundle.getLocation());
            String error = componentErrors.getOrDefault(bundle.getBundleId(), stateError(bundle));
            items.add(new Item(bundle.getSymbolicName(), bundle.getVersion().toString(), stateName(bundle.getState()),
                    fileName(bundle.getLocation()), error));
        }
        items.addAll(strayDropIns(locations));
        return items;
    }

    private String stateError(Bundle bundle) {
        if (bundle.getSymbolicName() == null) {
            return "It is a jar but not an OSGi bundle: its manifest has no Bundle-SymbolicName.";
        }
        if (dropIns.isDropIn(bundle)) {
            return bundle.getState() == Bundle.ACTIVE ? null : dropIns.errorFor(bundle);
        }
        boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
        int state = bundle.getState();
        if (fragment || state == Bundle.ACTIVE || state == Bundle.STARTING || state == Bundle.STOPPING) {
            return null;
        }
        String key = bundle.getBundleId() + "@" + bundle.getLastModified();
        return startErrors.computeIfAbsent(key, k -> tryStart(bundle));
    }

    /** A shipped bundle that is not running: starting it again says why (OsgiRuntime tried once already). */
    private static String tryStart(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return null;
        } catch (BundleException e) {
            return whyItDidNotStart(e);
        } catch (RuntimeException e) {
            return "It threw while starting: " + e;
        }
    }

    /** A failed start in a coordinator's words: imports that cannot be resolved, or an activator that threw. */
    static String whyItDidNotStart(BundleException e) {
        String reason = e.getCause() != null && e.getCause() != e ? e.getCause().toString() : e.getMessage();
        return e.getType() == BundleException.RESOLVE_ERROR
                ? "Its imports cannot be resolved: " + reason
                : "It threw while starting: " + reason;
    }

    private Map<Long, String> componentErrors() {
        Map<Long, String> errors = new java.util.HashMap<>();
        ServiceComponentRuntime runtime = scr.getService();
        if (runtime == null) {
            return errors;
        }
        Collection<ComponentDescriptionDTO> descriptions = runtime.getComponentDescriptionDTOs();
        for (ComponentDescriptionDTO description : descriptions) {
            for (ComponentConfigurationDTO config : runtime.getComponentConfigurationDTOs(description)) {
                if (config.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    errors.merge(description.bundle.id, "Component " + description.name + " failed to activate: "
                            + firstLine(config.failure), (a, b) -> a + " | " + b);
                }
            }
        }
        return errors;
    }

    private List<Item> strayDropIns(Set<String> locations) {
        if (!Files.isDirectory(deployDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(deployDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(p -> !locations.contains(p.toUri().toString()) && !locations.contains(p.toString())
                            && locations.stream().noneMatch(l -> l.endsWith("/" + p.getFileName())))
                    .map(p -> new Item(null, null, "FAILED", p.getFileName().toString(), whyNotABundle(p)))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static String whyNotABundle(Path file) {
        try (JarFile jar = new JarFile(file.toFile())) {
            Manifest manifest = jar.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                return "It is a jar but not an OSGi bundle: its manifest has no Bundle-SymbolicName.";
            }
            return "It could not be installed; see the log for the reason.";
        } catch (IOException e) {
            return "It is not a valid jar file (" + e.getMessage() + ").";
        }
    }

    private static String fileName(String location) {
        int slash = location.lastIndexOf('/');
        return slash >= 0 ? location.substring(slash + 1) : location;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no reason given";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNKNOWN";
        };
    }
}
