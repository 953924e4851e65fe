package org.hearth.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Offered by a feature that may ask the scheduler to hold back a person's shifts for now, for example the
 * supervision feature while a peer and their supervisor work on a re-engagement plan. It carries no reason
 * and offers no way to ask for one: the scheduler only learns what may be scheduled. The scheduler works
 * without any such service (then everyone may be scheduled), and combines several by taking the narrowest.
 * Must be quick and thread-safe.
 */
@ConsumerType
public interface SchedulingLimits {

    /** What {@code personId} may be scheduled for now. */
    SchedulingLimit limitFor(String personId);
}
