package org.hearth.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Who serves in a duty that a feature keeps, for example the volunteers feature's shift roles: a person serves in
 * {@link #OUTREACH_CALLS} while they hold a place on such shifts in the weeks around today. Lets another feature give
 * a screen only to the people doing that work (the check-up call list to outreach volunteers) without reading the
 * scheduler's tables. A feature that finds no such service gives the screen to no volunteer. Thread-safe and quick.
 *
 * @since 1.1
 */
@ProviderType
public interface Duties {

    /** Outreach and recovery check-up calls. */
    String OUTREACH_CALLS = "outreach_calls";

    /** Whether {@code personId} serves in {@code duty} now. */
    boolean serves(String personId, String duty);
}
