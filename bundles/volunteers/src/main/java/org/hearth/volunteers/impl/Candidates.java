package org.hearth.volunteers.impl;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hearth.api.Account;
import org.hearth.api.Accounts;
import org.hearth.api.PeerStaff;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.hearth.api.SchedulingLimit;
import org.hearth.api.SchedulingLimits;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may take shifts, as the scheduler sees them: people with a staff or volunteer account, their peer profile,
 * the day they first came, and what they may be scheduled for now (the narrowest of every
 * {@link SchedulingLimits} service; none means no limit). A limits service that fails counts as "not scheduled
 * for now" for that moment, so a fault never puts someone on a shift they were held back from.
 */
@Component(service = Candidates.class, immediate = true)
public class Candidates {

    private static final Logger LOG = LoggerFactory.getLogger(Candidates.class);

    private final PeopleDirectory people;
    private final Accounts accounts;
    private final PeerStaff peers;
    private final ZoneId zone;
    private final List<SchedulingLimits> limits = new CopyOnWriteArrayList<>();

    @Activate
    public Candidates(@Reference PeopleDirectory people, @Reference Accounts accounts, @Reference PeerStaff peers,
                      @Reference java.time.Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.peers = peers;
        this.zone = clock.getZone();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addLimits(SchedulingLimits source) {
        limits.add(source);
    }

    void removeLimits(SchedulingLimits source) {
        limits.remove(source);
    }

    /** The person as a candidate for shifts; empty when they have no account or no longer exist. */
    Optional<Candidate> find(String personId) {
        Optional<Account> account = accounts.find(personId);
        Optional<Person> person = people.find(personId);
        if (account.isEmpty() || person.isEmpty()) {
            return Optional.empty();
        }
        boolean overseer = account.get().holds(Role.SUPERVISOR) || account.get().holds(Role.COORDINATOR);
        var profile = peers.profile(personId);
        LocalDate since = LocalDate.ofInstant(person.get().registeredAt(), zone);
        return Optional.of(new Candidate(personId, profile, since, overseer || profile.map(p -> p.isCoach()).orElse(false),
                limitFor(personId)));
    }

    /** What the person may be scheduled for now. */
    SchedulingLimit limitFor(String personId) {
        SchedulingLimit limit = SchedulingLimit.NONE;
        for (SchedulingLimits source : limits) {
            try {
                limit = limit.and(source.limitFor(personId));
            } catch (RuntimeException e) {
                LOG.warn("A scheduling limits service failed ({}); holding back shifts for now",
                        e.getClass().getSimpleName());
                return SchedulingLimit.NOT_NOW;
            }
        }
        return limit;
    }

    /** Every account that may hold shifts (volunteers and peer staff), sorted by name. */
    List<Account> accounts() {
        return accounts.list().stream().filter(a -> a.holds(Role.VOLUNTEER) || a.holds(Role.PEER_STAFF)).toList();
    }

    /** The person's chosen name with their last initial, for staff screens; a placeholder once deleted. */
    Optional<String> name(String personId) {
        return people.find(personId).map(p -> p.chosenName() + p.lastInitial().map(i -> " " + i + ".").orElse(""));
    }
}
