package org.hearth.supervision.impl;

import org.hearth.api.SchedulingLimit;
import org.hearth.api.SchedulingLimits;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells the scheduler what a peer with an open re-engagement plan may be scheduled for today ("not scheduled for
 * now" or "only these roles"), from the stage of the return to duties the peer agreed to; never why. When the
 * plan closes, the limit lifts.
 */
@Component(service = SchedulingLimits.class, immediate = true)
public class PlanLimits implements SchedulingLimits {

    private final Plans plans;

    @Activate
    public PlanLimits(@Reference Plans plans) {
        this.plans = plans;
    }

    @Override
    public SchedulingLimit limitFor(String personId) {
        return plans.limitFor(personId);
    }
}
