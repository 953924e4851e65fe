package org.hearth.coaching.impl;

import org.hearth.api.Duties;
import org.hearth.api.MemberChoices;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * What other features say about who may be served here: only a member who chose to be named may have a plan (the
 * sign-in feature's {@link MemberChoices}; with no such service every person on record may), and only a volunteer
 * serving in outreach calls gets the check-up call list (the volunteers feature's {@link Duties}; with no such
 * service no volunteer does — peer staff and coordinators still do).
 */
@Component(service = Consent.class, immediate = true)
public class Consent {

    private volatile MemberChoices choices;
    private volatile Duties duties;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindChoices(MemberChoices service) {
        choices = service;
    }

    void unbindChoices(MemberChoices service) {
        if (choices == service) {
            choices = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindDuties(Duties service) {
        duties = service;
    }

    void unbindDuties(Duties service) {
        if (duties == service) {
            duties = null;
        }
    }

    /** Whether the member chose to be named, as a plan needs. */
    boolean mayHavePlan(String memberId) {
        MemberChoices known = choices;
        return known == null || known.choseToBeNamed(memberId);
    }

    /** How to reach a member who asked for calls: the contact detail they gave sign-in, if they gave one. */
    java.util.Optional<String> contactDetail(String memberId) {
        MemberChoices known = choices;
        return known == null ? java.util.Optional.empty() : known.contactDetail(memberId);
    }

    /** Whether the viewer makes recovery check-up calls: outreach volunteers, peer staff and coordinators. */
    boolean makesCalls(Viewer viewer) {
        if (viewer.holds(Role.PEER_STAFF) || viewer.holds(Role.COORDINATOR)) {
            return true;
        }
        Duties known = duties;
        return known != null && viewer.personId().map(id -> known.serves(id, Duties.OUTREACH_CALLS)).orElse(false);
    }
}
