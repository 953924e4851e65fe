package org.hearth.signin.impl;

import org.hearth.api.NameMatching;

import org.hearth.api.Failures;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.SignInPicture;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Members as sign-in knows them: the platform's person record plus this bundle's {@code signin.member} row.
 * Registering checks for close names first (see {@link NameRule}) and takes turns with any other kiosk
 * registering a close name at the same moment (a claim in {@code signin.name_lock}), so no twin is ever created by
 * accident.
 */
@Component(service = MemberBook.class, immediate = true)
public class MemberBook {

    /** What came of a registration. */
    sealed interface Outcome {
        /** A new member, with their person record. */
        record Registered(Person person) implements Outcome {
        }

        /** The visitor wants only to be counted: nothing was kept. */
        record CountOnly() implements Outcome {
        }

        /** Members with a close name exist: ask "Have you been here before?" before creating anyone. */
        record CloseMatches(List<Person> matches) implements Outcome {
        }
    }

    /** The most candidates compared for close names, per prefix looked up. */
    static final int CANDIDATES = 1000;
    /** How long a registration may keep its group of close names before another kiosk may take it over. */
    static final Duration CLAIM_TIME = Duration.ofSeconds(10);
    /** How long a registration waits for another one of a close name; longer than a claim, so it outlives a lost one. */
    static final Duration CLAIM_WAIT = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(MemberBook.class);

    private final Jdbi jdbi;
    private final PeopleDirectory people;
    private final VisitBook visits;
    private final Clock clock;

    @Activate
    public MemberBook(@Reference SignInDatabase database, @Reference PeopleDirectory people,
                      @Reference VisitBook visits, @Reference Clock clock) {
        this.jdbi = database.jdbi();
        this.people = people;
        this.visits = visits;
        this.clock = clock;
    }

    /**
     * Registers a first-time visitor, unless members with a close name exist that the visitor has not
     * already said are someone else ({@code notMe}, person ids).
     *
     * @throws IllegalArgumentException with a translation key when a value is not acceptable
     */
    Outcome register(NewMember draft, Set<String> notMe) {
        if (!draft.tier().keepsPerson()) {
            return new Outcome.CountOnly();
        }
        String name = NameRule.checkChosenName(draft.chosenName());
        Optional<String> contact = draft.tier().contactToKeep(draft.contact());
        String lock = NameRule.lockKey(name);
        String claim = claim(lock);
        try {
            // no connection is held here: each step below borrows one and gives it back
            List<Person> close = closeMembers(name, draft.lastInitial()).stream()
                    .filter(p -> !notMe.contains(p.id())).toList();
            if (!close.isEmpty()) {
                return new Outcome.CloseMatches(close);
            }
            Person registered = people.register(name, draft.lastInitial(), draft.preferredLanguage());
            Person person = withPicture(registered, draft.picture());
            try {
                jdbi.useHandle(h -> insert(h, new MemberInfo(person.id(), draft.tier(), draft.howHeard(), contact,
                        person.registeredAt())));
            } catch (RuntimeException e) {
                people.delete(person.id());
                throw e;
            }
            VisitCounts.changed();
            LOG.info("Member {} registered", person.id());
            return new Outcome.Registered(person);
        } finally {
            release(lock, claim);
        }
    }

    /** Members whose name is close to {@code name} by {@link NameRule#close}. */
    List<Person> closeMembers(String name, Optional<String> lastInitial) {
        Map<String, Person> candidates = new LinkedHashMap<>();
        for (String prefix : NameRule.candidatePrefixes(name)) {
            people.findByNamePrefix(prefix, CANDIDATES).forEach(p -> candidates.putIfAbsent(p.id(), p));
        }
        return candidates.values().stream()
                .filter(p -> NameMatching.close(name, lastInitial, p.chosenName(), p.lastInitial()))
                .toList();
    }

    private Person withPicture(Person person, Optional<SignInPicture> picture) {
        if (picture.isEmpty()) {
            return person;
        }
        people.choosePicture(person.id(), picture);
        return people.find(person.id()).orElse(person);
    }

    /** Sign-in's data about a person, if any (people registered elsewhere, such as staff, have none). */
    Optional<MemberInfo> find(String personId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT person_id, tier, how_heard, contact, registered_at"
                        + " FROM signin.member WHERE person_id = ?").bind(0, personId)
                .map((rs, ctx) -> new MemberInfo(rs.getString(1), Tier.valueOf(rs.getString(2)),
                        Optional.ofNullable(rs.getString(3)).map(HowHeard::valueOf),
                        Optional.ofNullable(rs.getString(4)), rs.getTimestamp(5).toInstant()))
                .findOne());
    }

    /**
     * Changes what sign-in keeps about a member (at their request). Choosing {@link Tier#COUNT_ONLY} here is
     * not possible: that is {@link #forget}.
     */
    MemberInfo save(MemberInfo info) {
        if (!info.tier().keepsPerson()) {
            throw new IllegalArgumentException("error.tier.countonly");
        }
        MemberInfo tidy = new MemberInfo(info.personId(), info.tier(), info.howHeard(),
                info.tier().contactToKeep(info.contact()), info.registeredAt());
        jdbi.useTransaction(h -> {
            int rows = h.createUpdate("UPDATE signin.member SET tier = ?, how_heard = ?, contact = ? WHERE person_id = ?")
                    .bind(0, tidy.tier().name()).bind(1, tidy.howHeard().map(Enum::name).orElse(null))
                    .bind(2, tidy.contact().orElse(null)).bind(3, tidy.personId()).execute();
            if (rows == 0) {
                insert(h, tidy);
            }
        });
        return tidy;
    }

    /**
     * Merges a duplicate into the member to keep: the duplicate's visits become the kept member's, then the
     * duplicate's sign-in data and person record are deleted.
     */
    int merge(String duplicateId, String keepId) {
        if (duplicateId.equals(keepId)) {
            throw new IllegalArgumentException("error.merge.same");
        }
        people.find(keepId).orElseThrow(() -> new IllegalArgumentException("error.person.unknown"));
        int moved = moveRows(duplicateId, keepId);
        people.merge(duplicateId, keepId);
        LOG.info("Member {} merged into {} ({} visits moved)", duplicateId, keepId, moved);
        return moved;
    }

    /**
     * Deletes a member's record at their wish: their sign-in data goes, their visits stay only as anonymous
     * counts, and the platform's person record is deleted.
     */
    void forget(String personId) {
        int visitsKept = forgetRows(personId);
        people.delete(personId);
        LOG.info("Member {} deleted at their wish; {} visits kept as anonymous counts", personId, visitsKept);
    }

    /** Sign-in's part of forgetting a person: their data goes, their visits become anonymous counts. */
    int forgetRows(String personId) {
        return jdbi.inTransaction(h -> {
            int count = visits.anonymize(h, personId);
            h.createUpdate("DELETE FROM signin.member WHERE person_id = ?").bind(0, personId).execute();
            return count;
        });
    }

    /** Sign-in's part of a merge: the duplicate's visits become the kept person's; its sign-in data goes. */
    int moveRows(String duplicateId, String keepId) {
        return jdbi.inTransaction(h -> {
            int count = visits.moveVisits(h, duplicateId, keepId);
            h.createUpdate("DELETE FROM signin.member WHERE person_id = ?").bind(0, duplicateId).execute();
            return count;
        });
    }

    private void insert(Handle h, MemberInfo info) {
        Instant at = info.registeredAt();
        h.createUpdate("INSERT INTO signin.member (person_id, tier, how_heard, contact, registered_at, registered_day,"
                        + " center_id) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bind(0, info.personId()).bind(1, info.tier().name())
                .bind(2, info.howHeard().map(Enum::name).orElse(null)).bind(3, info.contact().orElse(null))
                .bind(4, Timestamp.from(at)).bind(5, Date.valueOf(LocalDate.ofInstant(at, clock.getZone())))
                .bind(6, visits.center())
                .execute();
    }

    /**
     * Waits for this group of close names to be free, then claims it: a kiosk registering a close name at the same
     * moment waits for this registration to finish, and then finds its member. Holds no connection while it waits.
     */
    private String claim(String lock) {
        ensureLock(lock);
        String claim = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + CLAIM_WAIT.toNanos();
        while (true) {
            // wall-clock time, not the center's clock: a claim runs out after real seconds, whatever the tests set
            long now = System.currentTimeMillis();
            int claimed = jdbi.withHandle(h -> h.createUpdate("UPDATE signin.name_lock SET claimed_by = ?,"
                            + " claimed_until = ?, registrations = registrations + 1"
                            + " WHERE lock_key = ? AND (claimed_until IS NULL OR claimed_until < ?)")
                    .bind(0, claim).bind(1, now + CLAIM_TIME.toMillis()).bind(2, lock).bind(3, now).execute());
            if (claimed == 1) {
                return claim;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("A registration of a close name did not finish in time");
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to register", e);
            }
        }
    }

    private void release(String lock, String claim) {
        try {
            jdbi.useHandle(h -> h.createUpdate("UPDATE signin.name_lock SET claimed_by = NULL, claimed_until = NULL"
                    + " WHERE lock_key = ? AND claimed_by = ?").bind(0, lock).bind(1, claim).execute());
        } catch (RuntimeException e) {
            // the claim runs out by itself
            LOG.warn("A registration's claim was not given back: {}", Failures.describe(e));
        }
    }

    private void ensureLock(String lock) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO signin.name_lock (lock_key) VALUES (?)").bind(0, lock).execute());
        } catch (RuntimeException e) {
            if (!Failures.isDuplicateKey(e)) {
                throw e;
            }
        }
    }
}
