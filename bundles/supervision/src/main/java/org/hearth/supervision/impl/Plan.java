package org.hearth.supervision.impl;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A recovery re-engagement plan: about return, not blame. Proposed by the peer or their supervisor, open once
 * both agree, closed when both agree it is done.
 *
 * @param ownerId            the supervisor who owns it (empty if their record was deleted)
 * @param peerAgrees         while proposed: the peer agrees to open it; while open: the peer agrees it is done
 * @param ownerAgrees        the same for the supervisor
 * @param coordinatorMayKnow the peer consents that the coordinator may see that a plan exists (nothing more)
 */
record Plan(long id, String peerId, Optional<String> ownerId, State state, boolean peerAgrees, boolean ownerAgrees,
            boolean coordinatorMayKnow, LocalDate proposedOn, Optional<LocalDate> openedOn,
            Optional<LocalDate> closedOn, List<PlanItem> items) {

    enum State { PROPOSED, OPEN, CLOSED, ARCHIVED }

    Plan {
        items = List.copyOf(items);
    }

    boolean active() {
        return state == State.PROPOSED || state == State.OPEN;
    }

    List<PlanItem> items(PlanItem.Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }
}
