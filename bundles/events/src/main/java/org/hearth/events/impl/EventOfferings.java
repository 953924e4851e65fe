package org.hearth.events.impl;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.Offering;
import org.hearth.api.OfferingSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Today's events for sign-in's "which one?": titles and times only, never who is coming. */
@Component(service = OfferingSource.class, immediate = true)
public class EventOfferings implements OfferingSource {

    private final Schedule schedule;

    @Activate
    public EventOfferings(@Reference Schedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public List<Offering> offerings(LocalDate day, Locale locale) {
        return schedule.between(day, day).stream().filter(o -> !o.cancelled())
                .map(o -> new Offering(o.reference(), o.title(), o.start().toInstant(), Optional.of(o.kind()),
                        Offering.Type.EVENT))
                .toList();
    }
}
