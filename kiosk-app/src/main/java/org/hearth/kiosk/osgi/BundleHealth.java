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
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** One bundle (or one file in the drop-in folder that never became a bundle: id -1). */
    public record Item(long bundleId, String symbolicName, String version, String state, String file, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    /** The plain reason for a start that threw; the exception itself goes to the log only. */
    static final String THREW = "It failed while starting; the log has the details.";
    private static final String MODULE = "org.hearth.api.KioskModule";
    private static final Pattern MISSING_PACKAGE = Pattern.compile("osgi\\.wiring\\.package=([\\w.]+)");

    private final BundleContext context;
    private final Path deployDir;
    private final ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> scr;
    private final DropInStarter dropIns;
    private final ShippedBundles shipped;

    public BundleHealth(BundleContext context, Path deployDir, DropInStarter dropIns, ShippedBundles shipped) {
        this.context = context;
        this.deployDir = deployDir;
        this.dropIns = dropIns;
        this.shipped = shipped;
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
            items.add(new Item(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(), stateName(bundle.getState()),
                    fileName(bundle.getLocation()), error));
        }
        items.addAll(strayDropIns(locations));
        return items;
    }

    /**
     * What of the shipped bundles is still on its way, in plain words: empty once every shipped bundle has
     * started and every module it declares is offered (or has waited so long that it counts as failed).
     */
    public List<String> stillStarting() {
        if (!shipped.started()) {
            return List.of("The shipped bundles are still starting.");
        }
        List<String> starting = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (shipped.isShipped(bundle) && bundle.getState() == Bundle.STARTING) {
                starting.add(bundle.getSymbolicName() + " is still starting.");
            }
        }
        if (!shipped.patienceOver()) {
            waitingModules().values().forEach(name -> starting.add("Module " + name + " is not ready yet."));
        }
        return starting;
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
        String error = shipped.errorFor(bundle);
        return error != null || !shipped.started() ? error : "It is not running; the log says why.";
    }

    /** A failed start in a coordinator's words: imports that cannot be resolved, or a start that threw. */
    static String whyItDidNotStart(BundleException e) {
        if (e.getType() != BundleException.RESOLVE_ERROR) {
            return THREW;
        }
        Matcher missing = MISSING_PACKAGE.matcher(String.valueOf(e.getMessage()));
        return missing.find() ? "Its imports cannot be resolved: it needs the package " + missing.group(1)
                + ", which nothing installed offers." : "Its imports cannot be resolved; the log has the details.";
    }

    private Map<Long, String> componentErrors() {
        Map<Long, String> errors = new java.util.HashMap<>();
        ServiceComponentRuntime runtime = scr.getService();
        if (runtime == null) {
            return errors;
        }
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO config : runtime.getComponentConfigurationDTOs(description)) {
                if (config.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    errors.merge(description.bundle.id, "Its component " + description.name
                            + " failed to start; the log has the details.", (a, b) -> a + " " + b);
                }
            }
        }
        if (shipped.patienceOver()) {
            waitingModules().forEach((id, name) -> errors.merge(id, "Its module " + name
                    + " still waits for a service it needs.", (a, b) -> a + " " + b));
        }
        return errors;
    }

    /** The shipped bundles' module components that are enabled but not offered yet, by bundle id. */
    private Map<Long, String> waitingModules() {
        Map<Long, String> waiting = new java.util.TreeMap<>();
        ServiceComponentRuntime runtime = scr.getService();
        if (runtime == null) {
            return waiting;
        }
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            Bundle bundle = context.getBundle(description.bundle.id);
            if (bundle == null || !shipped.isShipped(bundle) || description.serviceInterfaces == null
                    || !List.of(description.serviceInterfaces).contains(MODULE) || !runtime.isComponentEnabled(description)) {
                continue;
            }
            Collection<ComponentConfigurationDTO> configs = runtime.getComponentConfigurationDTOs(description);
            if (configs.isEmpty() || configs.stream().anyMatch(c -> c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                    || c.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION)) {
                waiting.merge(description.bundle.id, description.name, (a, b) -> a + ", " + b);
            }
        }
        return waiting;
    }

    private List<Item> strayDropIns(Set<String> locations) {
        if (!Files.isDirectory(deployDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(deployDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(p -> !locations.contains(p.toUri().toString()) && !locations.contains(p.toString())
                            && locations.stream().noneMatch(l -> l.endsWith("/" + p.getFileName())))
                    .map(p -> new Item(-1, null, null, "FAILED", p.getFileName().toString(), whyNotABundle(p)))
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
            return "It is not a valid jar file.";
        }
    }

    private static String fileName(String location) {
        int slash = location.lastIndexOf('/');
        return slash >= 0 ? location.substring(slash + 1) : location;
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
