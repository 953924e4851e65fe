package org.hearth.coaching.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.api.AuditLog;
import org.hearth.api.PeerProfile;
import org.hearth.api.PeerStaff;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.SupervisionRelations;
import org.hearth.api.Viewer;

/**
 * What this bundle's screens use, with the access rules applied: every read of a plan or a note is checked, then
 * written to the audit log before anything is shown (a read whose audit fails shows nothing).
 */
record CoachingServices(Pairings pairings, PlanBook plans, ContactBook contacts, MemberPins pins, Resources resources,
                        CheckupCalls calls, SelfChecks checks, PeopleDirectory people, PeerStaff peers,
                        SupervisionRelations relations, AuditLog audit, Clock clock, Consent consent) {

    static final String TEXTS = "i18n.coaching";

    CoachingAccess access() {
        return new CoachingAccess(pairings, relations);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A person's chosen name and last initial, for staff screens. */
    String name(String personId) {
        return people.find(personId).map(p -> p.chosenName() + p.lastInitial().map(i -> " " + i + ".").orElse(""))
                .orElse("\u2014");
    }

    /** A member chose this coach, who must be a recovery coach. */
    long pair(Viewer coach, String memberId) {
        String me = coach.personId().orElseThrow(() -> new Refusal("error.access"));
        if (!peers.profile(me).map(PeerProfile::isCoach).orElse(false)) {
            throw new Refusal("error.pair.coach");
        }
        if (!consent.mayHavePlan(memberId)) {
            throw new Refusal("error.pair.named");
        }
        long id = pairings.pair(memberId, me, today());
        audit.record(me, "coaching.pair", "person:" + memberId);
        return id;
    }

    Optional<Plan> readPlan(Viewer viewer, String memberId) {
        access().mayRead(viewer, memberId);
        Optional<Plan> plan = plans.current(memberId);
        audit.record(viewer.personId().orElseThrow(), "coaching.plan.read", "person:" + memberId);
        return plan;
    }

    List<Contact> readNotes(Viewer viewer, String memberId) {
        access().mayRead(viewer, memberId);
        List<Contact> notes = contacts.ofMember(memberId);
        audit.record(viewer.personId().orElseThrow(), "coaching.notes.read", "person:" + memberId);
        return notes;
    }

    int savePlan(Viewer viewer, Plan plan, int basedOn) {
        access().mayWrite(viewer, plan.memberId());
        int version = plans.save(plan, basedOn, today());
        audit.record(viewer.personId().orElseThrow(), "coaching.plan.write", "person:" + plan.memberId());
        return version;
    }

    long addContact(Viewer viewer, Contact contact) {
        access().mayWrite(viewer, contact.memberId());
        long id = contacts.add(contact, today());
        audit.record(viewer.personId().orElseThrow(), "coaching.note.write", "person:" + contact.memberId());
        return id;
    }

    /** The member's own plan, after their PIN: the member is the reader, so the audit names them. */
    Optional<Plan> ownPlan(String memberId) {
        Optional<Plan> plan = plans.current(memberId);
        audit.record(memberId, "coaching.plan.read.own", "person:" + memberId);
        return plan;
    }

    /** What is due for the viewer's own members and, for a supervisor, for the coaches they support. */
    List<Cadence.Due> due(Viewer viewer) {
        String me = viewer.personId().orElseThrow(() -> new Refusal("error.access"));
        List<String> coaches = new ArrayList<>(List.of(me));
        relations.supervisedBy(viewer, me).stream().map(SupervisionRelation::superviseeId).forEach(coaches::add);
        List<Cadence.Due> due = new ArrayList<>();
        for (String coach : coaches) {
            for (Pairing p : pairings.ofCoach(coach)) {
                due.addAll(Cadence.of(p, contacts.last(p.memberId()), plans.current(p.memberId()), today()));
            }
        }
        due.sort(java.util.Comparator.comparing(Cadence.Due::on));
        return due;
    }
}
