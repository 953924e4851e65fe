package org.hearth.kiosk.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * The coordinator's hands on the bundles: what each is and offers, stopping and starting one until the kiosk
 * restarts, and adding or removing a local program through the drop-in folder, so an upload passes the same
 * checks as a jar copied there by hand.
 */
public final class ModuleManager {

    /** The largest jar a coordinator may upload. */
    public static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    /** One installed bundle as the console shows it; {@code offers} are short names of its services. */
    public record Installed(long id, String name, String version, String state, boolean dropIn, boolean stoppable,
            List<String> screens, List<String> offers, String error) {
    }

    /** A change the kiosk would not make, with the text key that says why. */
    public static final class Refused extends Exception {
        private final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final BundleContext context;
    private final Path deployDir;
    private final DropInStarter dropIns;
    private final BundleHealth health;
    private final ModuleRegistry modules;
    private final DropInSignatures signatures;

    public ModuleManager(BundleContext context, Path deployDir, DropInStarter dropIns, BundleHealth health,
            ModuleRegistry modules, DropInSignatures signatures) {
        this.context = context;
        this.signatures = signatures;
        this.deployDir = deployDir;
        this.dropIns = dropIns;
        this.health = health;
        this.modules = modules;
    }

    /** Every bundle, Hearth's own and the local programs first, with what it contributes. */
    public List<Installed> installed(Locale locale) {
        List<Installed> all = new ArrayList<>();
        for (BundleHealth.Item item : health.items()) {
            Bundle bundle = item.bundleId() > 0 ? context.getBundle(item.bundleId()) : null;
            if (bundle == null) {
                continue;
            }
            all.add(new Installed(bundle.getBundleId(), item.symbolicName(), item.version(), item.state(),
                    dropIns.isDropIn(bundle), stoppable(bundle), screens(bundle, locale), offers(bundle), item.error()));
        }
        all.sort(Comparator.comparing((Installed i) -> !i.name().startsWith("org.hearth.") && !i.dropIn())
                .thenComparing(Installed::name));
        return all;
    }

    /** Calls {@code listener} after every bundle change (installed, started, stopped, removed) until closed. */
    public AutoCloseable onChange(Runnable listener) {
        BundleListener bundles = event -> listener.run();
        context.addBundleListener(bundles);
        return () -> context.removeBundleListener(bundles);
    }

    /** Drop-in files that never became a bundle, with the plain reason. */
    public List<BundleHealth.Item> strays() {
        return health.items().stream().filter(i -> i.symbolicName() == null).toList();
    }

    /** Stops a feature or a local program until it is started again or the kiosk restarts. */
    public String stop(long id) throws Refused, BundleException {
        Bundle bundle = changeable(id);
        bundle.stop(Bundle.STOP_TRANSIENT);
        return bundle.getSymbolicName();
    }

    public String start(long id) throws Refused, BundleException {
        Bundle bundle = changeable(id);
        if (dropIns.isDropIn(bundle) && dropIns.refusal(bundle) != null) {
            throw new Refused("modules.refused.refused");
        }
        bundle.start(Bundle.START_TRANSIENT);
        return bundle.getSymbolicName();
    }

    /**
     * Puts an uploaded jar into the drop-in folder under its own name, whole or not at all (written beside it
     * and renamed, as the README asks of a person copying one), after the checks a person would get.
     */
    public String install(String fileName, InputStream content) throws Refused, IOException {
        String name = Path.of(fileName == null ? "" : fileName).getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".jar") || name.startsWith(".") || name.length() > 120) {
            throw new Refused("modules.refused.notjar");
        }
        Files.createDirectories(deployDir);
        Path part = Files.createTempFile(deployDir, ".upload-", ".part");
        try {
            long size = copyAtMost(content, part);
            if (size > MAX_UPLOAD_BYTES) {
                throw new Refused("modules.refused.large");
            }
            String symbolicName = symbolicName(part).orElseThrow(() -> new Refused("modules.refused.notbundle"));
            if (isShipped(symbolicName)) {
                throw new Refused("modules.refused.shipped");
            }
            if (!signatures.check(part).accepted()) {
                throw new Refused("modules.refused.unsigned");
            }
            Files.move(part, deployDir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return name;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Takes a local program away for good: its jar leaves the drop-in folder, and the kiosk uninstalls it. */
    public String remove(long id) throws Refused, IOException {
        Bundle bundle = context.getBundle(id);
        if (bundle == null || !dropIns.isDropIn(bundle)) {
            throw new Refused("modules.refused.notdropin");
        }
        Files.deleteIfExists(Path.of(URI.create(bundle.getLocation())));
        return bundle.getSymbolicName();
    }

    private Bundle changeable(long id) throws Refused {
        Bundle bundle = context.getBundle(id);
        if (bundle == null || !stoppable(bundle)) {
            throw new Refused("modules.refused.core");
        }
        return bundle;
    }

    /** Features and local programs may stop; the framework's services, the API and the platform may not. */
    private boolean stoppable(Bundle bundle) {
        String name = String.valueOf(bundle.getSymbolicName());
        return bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null && (dropIns.isDropIn(bundle)
                || name.startsWith("org.hearth.") && !name.equals("org.hearth.api") && !name.equals("org.hearth.platform"));
    }

    private boolean isShipped(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && !dropIns.isDropIn(bundle)) {
                return true;
            }
        }
        return false;
    }

    private List<String> screens(Bundle bundle, Locale locale) {
        return modules.entries().stream().filter(e -> e.bundleId() == bundle.getBundleId())
                .map(e -> ModuleRegistry.safeTitle(e.module(), locale)).toList();
    }

    /** The short names of the services it registers, the kiosk's screens aside. */
    private static List<String> offers(Bundle bundle) {
        TreeSet<String> names = new TreeSet<>();
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        for (ServiceReference<?> reference : registered == null ? new ServiceReference<?>[0] : registered) {
            for (String type : (String[]) reference.getProperty(Constants.OBJECTCLASS)) {
                String simple = type.substring(type.lastIndexOf('.') + 1);
                if (!simple.equals("KioskModule")) {
                    names.add(simple);
                }
            }
        }
        return List.copyOf(names);
    }

    private static long copyAtMost(InputStream content, Path target) throws IOException {
        try (InputStream limited = content; var out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = limited.read(buffer)) >= 0 && total <= MAX_UPLOAD_BYTES) {
                out.write(buffer, 0, read);
                total += read;
            }
            return total;
        }
    }

    private static Optional<String> symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return Optional.ofNullable(name).map(n -> n.split(";")[0].strip()).filter(n -> !n.isEmpty());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
