package org.hearth.platform.impl;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.osgi.service.component.annotations.Component;

/** The clock every bundle takes its time from, so that tests can substitute their own. */
@Component(service = Clock.class, property = "hearth.clock=system")
public class SystemClock extends Clock {

    private final Clock system = Clock.systemDefaultZone();

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return system.withZone(zone);
    }

    @Override
    public Instant instant() {
        return system.instant();
    }
}
