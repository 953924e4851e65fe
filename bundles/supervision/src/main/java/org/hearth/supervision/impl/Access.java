package org.hearth.supervision.impl;

import java.util.List;
import java.util.Optional;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.SupervisionRelations;
import org.hearth.api.Viewer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who may see what in this feature, from the platform's supervision relations: the peer their own records, the
 * peer's supervisor and named backup the peer's. Nobody else, coordinators included (they learn only that a
 * plan exists, and only when the peer consents; see {@link Plans}).
 */
@Component(service = Access.class, immediate = true)
public class Access {

    /** How the viewer stands to a peer. */
    enum Side { PEER, SUPERVISOR, BACKUP }

    private final SupervisionRelations relations;

    @Activate
    public Access(@Reference SupervisionRelations relations) {
        this.relations = relations;
    }

    /** How the viewer stands to the peer; empty when they have no part in the peer's supervision. */
    Optional<Side> side(Viewer viewer, String peerId) {
        Optional<String> me = viewer.isStaff() ? viewer.personId() : Optional.empty();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        if (me.get().equals(peerId)) {
            return Optional.of(Side.PEER);
        }
        return relations.of(viewer, peerId).flatMap(r -> r.supervisorId().equals(me.get()) ? Optional.of(Side.SUPERVISOR)
                : r.backupId().filter(me.get()::equals).map(b -> Side.BACKUP));
    }

    /** The peer's relation as the platform shows it to the viewer. */
    Optional<SupervisionRelation> relation(Viewer viewer, String peerId) {
        return viewer.isStaff() ? relations.of(viewer, peerId) : Optional.empty();
    }

    /** Whether the viewer is the peer's supervisor or backup. */
    boolean supervises(Viewer viewer, String peerId) {
        return side(viewer, peerId).filter(s -> s != Side.PEER).isPresent();
    }

    /** Throws the access refusal unless the viewer is the peer's supervisor or backup. */
    Side requireSupervisor(Viewer viewer, String peerId) {
        Side side = side(viewer, peerId).orElseThrow(Refusal::notYours);
        if (side == Side.PEER) {
            throw Refusal.notYours();
        }
        return side;
    }

    /** Throws the access refusal unless the viewer is the peer, their supervisor or their backup. */
    Side require(Viewer viewer, String peerId) {
        return side(viewer, peerId).orElseThrow(Refusal::notYours);
    }

    /**
     * How the viewer stands to a plan: its peer, the supervisor who owns it, or the peer's current supervisor or
     * backup; the access refusal for anyone else.
     */
    Side onPlan(Viewer viewer, String peerId, Optional<String> ownerId) {
        String me = me(viewer);
        if (me.equals(peerId)) {
            return Side.PEER;
        }
        if (ownerId.filter(me::equals).isPresent()) {
            return Side.SUPERVISOR;
        }
        return side(viewer, peerId).filter(s -> s != Side.PEER).orElseThrow(Refusal::notYours);
    }

    /** The peers the viewer supervises or backs up, as the platform tells them to that viewer. */
    List<SupervisionRelation> supervisees(Viewer viewer) {
        return viewer.isStaff() ? viewer.personId().map(me -> relations.supervisedBy(viewer, me)).orElse(List.of())
                : List.of();
    }

    /** The viewer's person id; the access refusal for the anonymous visitor. */
    static String me(Viewer viewer) {
        return viewer.isStaff() ? viewer.personId().orElseThrow(Refusal::notYours) : throwNotYours();
    }

    private static String throwNotYours() {
        throw Refusal.notYours();
    }
}
