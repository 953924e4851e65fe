package org.hearth.groups.impl;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearth.api.Offering;
import org.hearth.api.OfferingSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Today's sessions for sign-in's "A group": names and times only, never who comes. Called-off ones are left out. */
@Component(service = OfferingSource.class, immediate = true)
public class GroupOfferings implements OfferingSource {

    private final SessionBook sessions;
    private final GroupBook groups;

    @Activate
    public GroupOfferings(@Reference SessionBook sessions, @Reference GroupBook groups) {
        this.sessions = sessions;
        this.groups = groups;
    }

    @Override
    public List<Offering> offerings(LocalDate day, Locale locale) {
        Map<Long, Group> byId = groups.list(true).stream().collect(Collectors.toMap(Group::id, Function.identity()));
        return sessions.between(day, day).stream().filter(s -> !s.cancelled() && byId.containsKey(s.groupId()))
                .map(s -> new Offering(s.reference(), byId.get(s.groupId()).name(),
                        s.start().atZone(sessions.clock().getZone()).toInstant(),
                        Optional.of(byId.get(s.groupId()).kind()), Offering.Type.GROUP))
                .toList();
    }
}
