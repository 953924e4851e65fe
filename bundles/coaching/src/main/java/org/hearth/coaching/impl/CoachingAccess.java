package org.hearth.coaching.impl;

import java.util.List;
import java.util.Optional;
import org.hearth.api.Role;
import org.hearth.api.SupervisionRelations;
import org.hearth.api.Viewer;

/**
 * Who may see a member's plan and notes: the member (at the kiosk, with their PIN), a coach they currently work
 * with, and that coach's supervisor or backup. Nobody else: not a former coach, another coach or supervisor, a
 * volunteer, nor a coordinator (who sees counts only). Only a current coach writes.
 */
final class CoachingAccess {

    /** What the viewer is to the member. */
    enum Standing { COACH, SUPERVISOR, NONE }

    private final Pairings pairings;
    private final SupervisionRelations relations;

    CoachingAccess(Pairings pairings, SupervisionRelations relations) {
        this.pairings = pairings;
        this.relations = relations;
    }

    Standing standing(Viewer viewer, String memberId) {
        Optional<String> me = viewer.personId();
        if (!viewer.isStaff() || me.isEmpty() || me.get().equals(memberId)) {
            return Standing.NONE;
        }
        List<Pairing> current = pairings.ofMember(memberId).stream().filter(Pairing::current).toList();
        if (viewer.holds(Role.PEER_STAFF) && current.stream().anyMatch(p -> p.coachId().equals(me.get()))) {
            return Standing.COACH;
        }
        boolean supervises = current.stream().anyMatch(p -> supervises(viewer, me.get(), p.coachId()));
        return supervises ? Standing.SUPERVISOR : Standing.NONE;
    }

    /** Whether the viewer is the supervisor or the backup of this coach. */
    boolean supervises(Viewer viewer, String me, String coachId) {
        return relations.of(viewer, coachId).filter(r -> !r.superviseeId().equals(me) && r.concerns(me)).isPresent();
    }

    void mayRead(Viewer viewer, String memberId) {
        if (standing(viewer, memberId) == Standing.NONE) {
            throw new Refusal("error.access");
        }
    }

    void mayWrite(Viewer viewer, String memberId) {
        if (standing(viewer, memberId) != Standing.COACH) {
            throw new Refusal("error.access.write");
        }
    }
}
