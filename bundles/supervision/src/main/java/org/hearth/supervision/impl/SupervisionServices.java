package org.hearth.supervision.impl;

import java.util.Optional;
import org.hearth.api.PeerStaff;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;

/** What this bundle's screens work with, handed over as one. */
record SupervisionServices(Access access, Topics topics, SupervisionLog log, Cadence cadence, Plans plans,
                           PeopleDirectory people, PeerStaff peers) {

    /** The person's chosen name, or an empty string when their record is gone. */
    String name(String personId) {
        return people.find(personId).map(Person::chosenName).orElse("");
    }

    /** The translation key of the person's peer role. */
    String peerRoleKey(String personId) {
        return peers.profile(personId).map(p -> p.peerRole().textKey()).orElse("peer.none");
    }

    Optional<String> nameOf(Optional<String> personId) {
        return personId.map(this::name).filter(n -> !n.isEmpty());
    }
}
