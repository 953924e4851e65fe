package org.hearth.kiosk.osgi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the bundles FileInstall installs from the drop-in folder, each on a thread of its own, and
 * remembers why one failed. A drop-in whose start does not finish within the deadline is interrupted, so
 * one that hangs holds neither FileInstall (which goes on with the next drop-in) nor the kiosk's start.
 */
public final class DropInStarter implements SynchronousBundleListener, FrameworkListener {

    private static final Logger LOG = LoggerFactory.getLogger(DropInStarter.class);
    /** How long a new drop-in waits for FileInstall's refresh before it is started anyway. */
    private static final Duration REFRESH_WAIT = Duration.ofSeconds(2);

    /** One start being watched; {@code finished} and the interrupt are decided under its lock, never apart. */
    private static final class Start {
        final Thread thread = Thread.currentThread();
        final long startedNanos = System.nanoTime();
        boolean finished;
        boolean interrupted;
    }

    private final BundleContext context;
    private final Path deployDir;
    private final Duration deadline;
    private final Map<Long, Start> starting = new ConcurrentHashMap<>();
    private final Map<String, String> errors = new ConcurrentHashMap<>();
    private final Set<Bundle> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService starters;
    private final ScheduledExecutorService watchdog;
    private final DropInGuard guard;

    /** A starter that accepts every drop-in's signature (or none): for a center that lists no trusted signer. */
    public DropInStarter(BundleContext context, Path deployDir, Duration deadline) {
        this(context, deployDir, deadline, DropInSignatures.none());
    }

    /** A starter that refuses a drop-in {@code signatures} do not accept (and one with Hearth's own packages). */
    public DropInStarter(BundleContext context, Path deployDir, Duration deadline, DropInSignatures signatures) {
        this.context = context;
        this.deployDir = deployDir.toAbsolutePath().normalize();
        this.deadline = deadline;
        AtomicInteger count = new AtomicInteger();
        this.starters = Executors.newCachedThreadPool(r -> daemon(r, "hearth-dropin-start-" + count.incrementAndGet()));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "hearth-dropin-watchdog"));
        this.guard = new DropInGuard(context, this::isDropIn, signatures);
    }

    /** Starts listening, and starts any drop-in already installed but not started. */
    public DropInStarter open() {
        guard.open();
        context.addBundleListener(this);
        context.addFrameworkListener(this);
        for (Bundle bundle : context.getBundles()) {
            if (isDropIn(bundle) && bundle.getState() != Bundle.ACTIVE) {
                startLater(bundle);
            }
        }
        watchdog.scheduleWithFixedDelay(this::interruptOverdue, 500, 500, TimeUnit.MILLISECONDS);
        return this;
    }

    public void close() {
        context.removeBundleListener(this);
        context.removeFrameworkListener(this);
        watchdog.shutdownNow();
        starters.shutdownNow();
        guard.close();
    }

    /**
     * FileInstall refreshes what it has just installed or updated: starting before that refresh would start
     * the drop-in twice (its module would come, go and come back). So a new drop-in waits for the refresh,
     * or a short while if none comes.
     */
    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (!isDropIn(bundle)) {
            return;
        }
        if (event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UPDATED) {
            pending.add(bundle);
            watchdog.schedule(() -> startIfPending(bundle), REFRESH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } else if (event.getType() == BundleEvent.STARTING) {
            // STARTING comes on the thread that runs the activator: FileInstall's, for a drop-in updated in
            // place, while a starter of ours may only be waiting for the bundle's lock. Watch that thread.
            Start watched = starting.get(bundle.getBundleId());
            if (watched == null || watched.thread != Thread.currentThread()) {
                starting.put(bundle.getBundleId(), new Start());
            }
        } else {
            Start start = starting.get(bundle.getBundleId());
            if (start != null && start.thread == Thread.currentThread()) {
                finish(bundle, start);
            }
        }
        if (event.getType() == BundleEvent.STARTED && guard.refusal(bundle) != null) {
            // started by the framework itself (a running drop-in updated in place with a refused jar): none of
            // its classes could load (DropInGuard), and it does not stay started either
            LOG.warn("Drop-in {} was refused but started by the framework; stopping it", bundle.getSymbolicName());
            starters.execute(() -> stopRefused(bundle));
        }
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
            pending.forEach(this::startIfPending);
        }
    }

    private void startIfPending(Bundle bundle) {
        if (pending.remove(bundle)) {
            startLater(bundle);
        }
    }

    /** Why this drop-in is not running, if it was refused, or tried and failed (or hangs); null otherwise. */
    public String errorFor(Bundle bundle) {
        String refusal = guard.refusal(bundle);
        return refusal != null ? refusal : errors.get(key(bundle));
    }

    /** Why this drop-in is refused (never started): not signed by a trusted key, or Hearth's own packages; or null. */
    public String refusal(Bundle bundle) {
        return guard.refusal(bundle);
    }

    /** Whether this bundle came from the drop-in folder. */
    public boolean isDropIn(Bundle bundle) {
        String location = bundle.getLocation();
        try {
            // FileInstall writes file:/x, Path.toUri() file:///x: compare paths, not strings
            return location.startsWith("file:")
                    && Path.of(java.net.URI.create(location)).toAbsolutePath().normalize().startsWith(deployDir);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }

    private void startLater(Bundle bundle) {
        if (bundle.getSymbolicName() == null || bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null
                || guard.refusal(bundle) != null) {
            return;
        }
        starters.execute(() -> start(bundle));
    }

    private void start(Bundle bundle) {
        try {
            awaitFramework();
        } catch (InterruptedException e) {
            return; // closing down
        }
        int state = bundle.getState();
        String key = key(bundle);
        Start start = new Start();
        if (state == Bundle.UNINSTALLED || state == Bundle.ACTIVE || state == Bundle.STARTING || errors.containsKey(key)
                || starting.putIfAbsent(bundle.getBundleId(), start) != null) {
            return;
        }
        if (guard.refusal(bundle) != null) {
            finish(bundle, start); // refused (its jar may have changed since it was installed): never started
            return;
        }
        try {
            // transient: the framework itself never starts a drop-in (at its next start, say) on a thread
            // nobody watches; this starter does, every time FileInstall installs it
            bundle.start(Bundle.START_TRANSIENT);
            errors.remove(key);
        } catch (BundleException e) {
            errors.putIfAbsent(key, BundleHealth.whyItDidNotStart(e));
            LOG.warn("Drop-in {} did not start", bundle.getSymbolicName(), e);
        } catch (IllegalStateException e) {
            // uninstalled meanwhile: nothing to report
        } catch (RuntimeException e) {
            errors.putIfAbsent(key, BundleHealth.THREW);
            LOG.warn("Drop-in {} did not start", bundle.getSymbolicName(), e);
        } finally {
            finish(bundle, start);
        }
    }

    /** Stops a refused drop-in the framework started, for good: it must not be started at the next start either. */
    private static void stopRefused(Bundle bundle) {
        try {
            bundle.stop();
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("Refused drop-in {} could not be stopped", bundle.getSymbolicName(), e);
        }
    }

    /** Ends the watch over a start, on the thread that ran it: no interrupt can come after this. */
    private void finish(Bundle bundle, Start start) {
        synchronized (start) {
            start.finished = true;
        }
        starting.remove(bundle.getBundleId(), start);
        if (start.interrupted) {
            Thread.interrupted();
        }
    }

    /** A drop-in starts once every shipped bundle has (the framework is ACTIVE). */
    private void awaitFramework() throws InterruptedException {
        Bundle framework = context.getBundle(0);
        while (framework.getState() != Bundle.ACTIVE) {
            Thread.sleep(50);
        }
    }

    private void interruptOverdue() {
        long now = System.nanoTime();
        starting.forEach((id, start) -> {
            Bundle bundle = context.getBundle(id);
            if (now - start.startedNanos > deadline.toNanos() && bundle != null) {
                synchronized (start) {
                    if (!start.finished && !start.interrupted) {
                        errors.putIfAbsent(key(bundle), "Its start did not finish within " + deadline.toSeconds()
                                + " s, so the kiosk stopped waiting for it and goes on without it.");
                        LOG.warn("Drop-in {} hangs while starting; interrupting it", bundle.getSymbolicName());
                        start.interrupted = true;
                        start.thread.interrupt();
                    }
                }
            }
        });
    }

    private static String key(Bundle bundle) {
        return bundle.getBundleId() + "@" + bundle.getLastModified();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
