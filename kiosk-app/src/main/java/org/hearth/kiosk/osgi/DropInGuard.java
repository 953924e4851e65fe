package org.hearth.kiosk.osgi;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.hooks.weaving.WeavingException;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.framework.hooks.weaving.WovenClass;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a drop-in that is not signed by a key the center trusts, when it lists trusted signers
 * ({@link DropInSignatures}), or that exports one of Hearth's own packages (an {@code org.hearth} package the
 * host or a shipped bundle exports): no bundle is ever wired to what a refused drop-in exports, and it is
 * never started. No shipped bundle is wired to any drop-in either. Should the framework start a refused drop-in
 * itself all the same (Felix restarts a running bundle that is updated in place, before anyone can object), no
 * class of it can load: a weaving hook turns every one down, so none of its code ever runs.
 */
final class DropInGuard implements ResolverHookFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DropInGuard.class);

    private final BundleContext context;
    private final Predicate<Bundle> isDropIn;
    private final DropInSignatures signatures;
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private ServiceRegistration<ResolverHookFactory> registration;
    private ServiceRegistration<WeavingHook> weaving;

    DropInGuard(BundleContext context, Predicate<Bundle> isDropIn, DropInSignatures signatures) {
        this.context = context;
        this.isDropIn = isDropIn;
        this.signatures = signatures;
    }

    void open() {
        registration = context.registerService(ResolverHookFactory.class, this, null);
        weaving = context.registerService(WeavingHook.class, this::refuseClassesOfRefused, null);
    }

    void close() {
        if (registration != null) {
            registration.unregister();
        }
        if (weaving != null) {
            weaving.unregister();
        }
    }

    /** No class of a refused drop-in is ever defined (WeavingException: the class load fails, the hook stays). */
    private void refuseClassesOfRefused(WovenClass woven) {
        Bundle bundle = woven.getBundleWiring().getBundle();
        String refused;
        try {
            refused = refusal(bundle);
        } catch (RuntimeException e) {
            // never anything but WeavingException out of here: the framework would drop the hook for good
            LOG.warn("Could not tell whether bundle {} is refused", bundle.getSymbolicName(), e);
            return;
        }
        if (refused != null) {
            throw new WeavingException("The drop-in " + bundle.getSymbolicName() + " was refused; none of its"
                    + " classes may load");
        }
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                // taking a revision out here fails the whole resolve in Felix, shipped bundles and all
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisions) {
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                // nor is a shipped bundle ever wired to a drop-in: removing that drop-in would refresh it
                boolean shipped = !isDropIn.test(requirement.getRevision().getBundle());
                candidates.removeIf(capability -> refusal(capability.getRevision().getBundle()) != null
                        || shipped && isDropIn.test(capability.getRevision().getBundle()));
            }

            @Override
            public void end() {
            }
        };
    }

    /** Why this drop-in is refused, in plain words; null if it is not. */
    String refusal(Bundle bundle) {
        if (bundle.getBundleId() == 0 || !isDropIn.test(bundle)) {
            return null;
        }
        String key = bundle.getBundleId() + "@" + bundle.getLastModified();
        String known = refusals.get(key);
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        DropInSignatures.Check signed = signatures.check(file(bundle));
        if (!signed.accepted()) {
            if (refusals.putIfAbsent(key, signed.reason()) == null) {
                LOG.warn("Drop-in {} ({}) refused: {}{}", bundle.getSymbolicName(), file(bundle).getFileName(),
                        signed.verdict(), signed.signerFingerprint() == null ? ""
                                : ", signed by a certificate not trusted here, SHA-256 " + signed.signerFingerprint());
            }
            return signed.reason();
        }
        Set<String> own = ownPackages();
        String reason = exported(bundle).stream().filter(own::contains).sorted().findFirst()
                .map(p -> "It brings its own copy of Hearth's package " + p + ", which only Hearth may offer, so the"
                        + " kiosk refused it. A bundle uses Hearth's packages; it does not bring them.")
                .orElse("");
        if (refusals.putIfAbsent(key, reason) == null && !reason.isEmpty()) {
            LOG.warn("Drop-in {} refused: it exports one of Hearth's own packages", bundle.getSymbolicName());
        }
        return reason.isEmpty() ? null : reason;
    }

    /** The drop-in's jar in the drop-in folder (its location is that file's URL). */
    private static Path file(Bundle bundle) {
        return Path.of(URI.create(bundle.getLocation()));
    }

    /** The org.hearth packages the host (the system bundle) and the shipped bundles export. */
    private Set<String> ownPackages() {
        Set<String> own = new HashSet<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() == 0 || !isDropIn.test(bundle)) {
                exported(bundle).stream().filter(p -> p.startsWith("org.hearth.")).forEach(own::add);
            }
        }
        return own;
    }

    private static Set<String> exported(Bundle bundle) {
        Set<String> packages = new HashSet<>();
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision != null) {
            for (BundleCapability capability : revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                packages.add(String.valueOf(capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)));
            }
        }
        return packages;
    }
}
