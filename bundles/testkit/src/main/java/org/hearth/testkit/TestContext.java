package org.hearth.testkit;

import java.util.Locale;
import org.hearth.api.ModuleContext;
import org.hearth.api.Viewer;

/**
 * What the kiosk hands a module's view, for tests that create views themselves: who is looking and in which
 * language. {@link #finish()} only counts how often the view finished; {@link #confirmPin} acts as if a staff
 * viewer had just given their PIN.
 */
public final class TestContext implements ModuleContext {

    private final Viewer viewer;
    private final Locale locale;
    private int finished;

    public TestContext(Viewer viewer, Locale locale) {
        this.viewer = viewer;
        this.locale = locale;
    }

    /** A view for {@code viewer}, in English. */
    public static TestContext of(Viewer viewer) {
        return new TestContext(viewer, Locale.ENGLISH);
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Viewer viewer() {
        return viewer;
    }

    @Override
    public void finish() {
        finished++;
    }

    /** As if the viewer had just given their PIN: runs {@code then} at once (the visitor is never asked). */
    @Override
    public void confirmPin(java.time.Duration within, Runnable then) {
        if (viewer.isStaff()) {
            then.run();
        }
    }

    /** How many times the view said its flow was complete. */
    public int finished() {
        return finished;
    }
}
