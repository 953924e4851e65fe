package org.hearth.coaching.impl;

import java.time.Clock;
import org.hearth.api.AuditLog;
import org.hearth.api.PeerStaff;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.SupervisionRelations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gathers this bundle's stores and the platform services its screens need, once, for every module. */
@Component(service = Coaching.class, immediate = true)
public class Coaching {

    private final CoachingServices services;

    @Activate
    public Coaching(@Reference Pairings pairings, @Reference PlanBook plans, @Reference ContactBook contacts,
                    @Reference MemberPins pins, @Reference Resources resources, @Reference CheckupCalls calls,
                    @Reference SelfChecks checks, @Reference PeopleDirectory people, @Reference PeerStaff peers,
                    @Reference SupervisionRelations relations, @Reference AuditLog audit, @Reference Clock clock,
                    @Reference Consent consent) {
        this.services = new CoachingServices(pairings, plans, contacts, pins, resources, calls, checks, people, peers,
                relations, audit, clock, consent);
    }

    CoachingServices services() {
        return services;
    }
}
