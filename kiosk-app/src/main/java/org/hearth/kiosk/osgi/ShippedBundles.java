package org.hearth.kiosk.osgi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;

/** The bundles of the installation's bundles folder: which they are, whether their start is over, why one failed. */
public final class ShippedBundles {

    /** How long a shipped module may wait for a service it needs before /health calls it a fault, not a start. */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private final String prefix;
    private final Map<Long, String> errors = new ConcurrentHashMap<>();
    private volatile long startedNanos;
    private volatile boolean started;

    public ShippedBundles(Path bundlesDir) {
        this.prefix = bundlesDir.toUri().toString();
    }

    /** Whether this bundle was installed from the bundles folder. */
    public boolean isShipped(Bundle bundle) {
        return bundle.getLocation().startsWith(prefix);
    }

    String prefix() {
        return prefix;
    }

    void markStarted() {
        startedNanos = System.nanoTime();
        started = true;
    }

    /** Whether every shipped bundle has been started (or has failed to). */
    public boolean started() {
        return started;
    }

    /** Whether the shipped bundles started so long ago that a module still missing is a fault. */
    public boolean patienceOver() {
        return started && System.nanoTime() - startedNanos > PATIENCE.toNanos();
    }

    void failed(Bundle bundle, String error) {
        errors.put(bundle.getBundleId(), error);
    }

    /** Why this shipped bundle did not start, in plain words; null if it did not fail. */
    public String errorFor(Bundle bundle) {
        return errors.get(bundle.getBundleId());
    }
}
