package org.hearth.supervision.impl;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.api.AuditLog;
import org.hearth.api.Role;
import org.hearth.api.SchedulingLimit;
import org.hearth.api.Viewer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Re-engagement plans, seen only by the peer, the supervisor who owns the plan and the peer's named backup. A
 * plan opens only when the peer and the supervisor both agree, and closes the same way; nothing here suspends
 * anyone. Every read is audited before the plan is handed out (a read whose audit fails fails). Thread-safe.
 */
@Component(service = Plans.class, immediate = true)
public class Plans {

    private final SupervisionDatabase database;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public Plans(@Reference SupervisionDatabase database, @Reference Access access, @Reference AuditLog audit,
                 @Reference Clock clock) {
        this.database = database;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The peer or their supervisor (or backup) proposes a plan; the other agrees to open it. Returns its id. */
    long propose(Viewer viewer, String peerId) {
        Access.Side side = access.require(viewer, peerId);
        String owner = access.relation(viewer, peerId).map(r -> r.supervisorId())
                .orElseThrow(() -> new Refusal("error.plan.nosupervisor"));
        long id = database.jdbi().inTransaction(h -> {
            if (PlanRows.latest(h, peerId).filter(Plan::active).isPresent()) {
                throw new Refusal("error.plan.exists");
            }
            return PlanRows.insert(h, peerId, owner, side == Access.Side.PEER, today());
        });
        audit.record(Access.me(viewer), "supervision.plan.propose", "person:" + peerId);
        return id;
    }

    /** The peer's current (or last) plan, for the three who may see it; the read is audited. */
    Optional<Plan> read(Viewer viewer, String peerId) {
        return read(viewer, peerId, "supervision.plan.read");
    }

    /** The peer's own plan to keep or print; only the peer may export it. */
    Optional<Plan> export(Viewer viewer, String peerId) {
        if (access.require(viewer, peerId) != Access.Side.PEER) {
            throw Refusal.notYours();
        }
        return read(viewer, peerId, "supervision.plan.export");
    }

    private Optional<Plan> read(Viewer viewer, String peerId, String action) {
        return database.jdbi().inTransaction(h -> {
            Optional<Plan> plan = PlanRows.latest(h, peerId);
            plan.ifPresentOrElse(p -> side(viewer, p), () -> access.require(viewer, peerId));
            audit.record(Access.me(viewer), action, "person:" + peerId);
            return plan;
        });
    }

    /**
     * The viewer's agreement: to open a proposed plan, or that an open plan is done. When both have agreed, a
     * proposed plan opens and an open one closes.
     */
    Plan.State agree(Viewer viewer, long planId, boolean agrees) {
        Plan.State state = database.jdbi().inTransaction(h -> {
            Plan plan = PlanRows.byId(h, planId).filter(Plan::active).orElseThrow(Refusal::notYours);
            boolean peer = side(viewer, plan) == Access.Side.PEER;
            boolean both = agrees && (peer ? plan.ownerAgrees() : plan.peerAgrees());
            if (!both) {
                h.createUpdate("UPDATE supervision.plan SET " + (peer ? "peer_agrees" : "owner_agrees") + " = ?"
                        + " WHERE id = ?").bind(0, agrees).bind(1, planId).execute();
                return plan.state();
            }
            boolean opening = plan.state() == Plan.State.PROPOSED;
            if (opening) {
                h.createUpdate("UPDATE supervision.plan_item SET peer_agreed = TRUE WHERE plan_id = ?").bind(0, planId)
                        .execute();
            }
            h.createUpdate("UPDATE supervision.plan SET state = ?, peer_agrees = FALSE, owner_agrees = FALSE, "
                            + (opening ? "opened_on" : "closed_on") + " = ? WHERE id = ?")
                    .bind(0, opening ? "OPEN" : "CLOSED").bind(1, Date.valueOf(today())).bind(2, planId).execute();
            return opening ? Plan.State.OPEN : Plan.State.CLOSED;
        });
        audit.record(Access.me(viewer), "supervision.plan.agree", "plan:" + planId);
        return state;
    }

    /** Adds a step, support, check-in or return stage to a plan that is not closed. */
    void add(Viewer viewer, long planId, PlanItem item) {
        PlanChecks.check(item, today());
        database.jdbi().useTransaction(h -> {
            Plan plan = PlanRows.byId(h, planId).filter(Plan::active).orElseThrow(Refusal::notYours);
            Access.Side side = side(viewer, plan);
            PlanRows.insertItem(h, planId, item, side == Access.Side.PEER ? PlanItem.Author.PEER
                    : PlanItem.Author.SUPERVISOR);
        });
        audit.record(Access.me(viewer), "supervision.plan.change", "plan:" + planId);
    }

    /** The peer agrees to a stage (or other part) the supervisor added; only then does a stage count. */
    void accept(Viewer viewer, long itemId) {
        long planId = planOf(itemId);
        database.jdbi().useTransaction(h -> {
            if (side(viewer, PlanRows.byId(h, planId).filter(Plan::active).orElseThrow(Refusal::notYours))
                    != Access.Side.PEER) {
                throw Refusal.notYours();
            }
            h.createUpdate("UPDATE supervision.plan_item SET peer_agreed = TRUE WHERE id = ?").bind(0, itemId).execute();
        });
        audit.record(Access.me(viewer), "supervision.plan.change", "plan:" + planId);
    }

    private long planOf(long itemId) {
        return database.jdbi().withHandle(h -> PlanRows.planOf(h, itemId)).orElseThrow(Refusal::notYours);
    }

    /** Marks a step done (or not yet), or takes an item out of a plan that is not closed. */
    void change(Viewer viewer, long itemId, Optional<Boolean> done) {
        long planId = planOf(itemId);
        database.jdbi().useTransaction(h -> {
            side(viewer, PlanRows.byId(h, planId).filter(Plan::active).orElseThrow(Refusal::notYours));
            PlanRows.change(h, itemId, done);
        });
        audit.record(Access.me(viewer), "supervision.plan.change", "plan:" + planId);
    }

    /** The peer, and only the peer, lets the coordinator see that the plan exists (or takes that back). */
    void consent(Viewer viewer, long planId, boolean mayKnow) {
        database.jdbi().useTransaction(h -> {
            Plan plan = PlanRows.byId(h, planId).orElseThrow(Refusal::notYours);
            if (side(viewer, plan) != Access.Side.PEER) {
                throw Refusal.notYours();
            }
            h.createUpdate("UPDATE supervision.plan SET coordinator_may_know = ? WHERE id = ?").bind(0, mayKnow)
                    .bind(1, planId).execute();
        });
        audit.record(Access.me(viewer), "supervision.plan.consent", "plan:" + planId);
    }

    /** For a coordinator: the peers whose proposed or open plan they may know of, by the peer's consent. */
    List<String> knownToCoordinator(Viewer viewer) {
        if (!viewer.isStaff() || !viewer.holds(Role.COORDINATOR)) {
            throw Refusal.notYours();
        }
        List<String> peers = database.jdbi().withHandle(h -> PlanRows.inStates(h, "'PROPOSED', 'OPEN'")).stream()
                .filter(Plan::coordinatorMayKnow).map(Plan::peerId).distinct().toList();
        audit.record(Access.me(viewer), "supervision.plan.exists.read", "supervision");
        return peers;
    }

    /** What the scheduler may be told about a person today, without any reason. */
    SchedulingLimit limitFor(String personId) {
        Optional<Plan> open = database.jdbi().withHandle(h -> PlanRows.latest(h, personId))
                .filter(p -> p.state() == Plan.State.OPEN);
        return open.map(p -> PlanChecks.limit(p, today())).orElse(SchedulingLimit.NONE);
    }

    private Access.Side side(Viewer viewer, Plan plan) {
        return access.onPlan(viewer, plan.peerId(), plan.ownerId());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
