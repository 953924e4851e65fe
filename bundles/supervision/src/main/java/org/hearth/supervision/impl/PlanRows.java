package org.hearth.supervision.impl;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** The plans' rows: plain SQL over {@code supervision.plan} and {@code supervision.plan_item}, no rules. */
final class PlanRows {

    private static final String SELECT = "SELECT id, peer_id, owner_id, state, peer_agrees, owner_agrees,"
            + " coordinator_may_know, proposed_on, opened_on, closed_on FROM supervision.plan ";

    private PlanRows() {
    }

    /** The peer's latest plan that is not archived. */
    static Optional<Plan> latest(Handle h, String peerId) {
        return h.createQuery(SELECT + "WHERE peer_id = ? AND state <> 'ARCHIVED' ORDER BY id DESC")
                .bind(0, peerId).setMaxRows(1).map((rs, ctx) -> plan(rs)).findFirst().map(p -> withItems(h, p));
    }

    static Optional<Plan> byId(Handle h, long id) {
        return h.createQuery(SELECT + "WHERE id = ?").bind(0, id).map((rs, ctx) -> plan(rs)).findFirst()
                .map(p -> withItems(h, p));
    }

    /** Plans in a state, without their items. */
    static List<Plan> inStates(Handle h, String states) {
        return h.createQuery(SELECT + "WHERE state IN (" + states + ") ORDER BY id").map((rs, ctx) -> plan(rs)).list();
    }

    static long insert(Handle h, String peerId, String ownerId, boolean peerAgrees, LocalDate today) {
        return h.createUpdate("INSERT INTO supervision.plan (peer_id, owner_id, state, peer_agrees, owner_agrees,"
                        + " proposed_on) VALUES (?, ?, 'PROPOSED', ?, ?, ?)")
                .bind(0, peerId).bind(1, ownerId).bind(2, peerAgrees).bind(3, !peerAgrees).bind(4, Date.valueOf(today))
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    static void insertItem(Handle h, long planId, PlanItem item, PlanItem.Author author) {
        h.createUpdate("INSERT INTO supervision.plan_item (plan_id, kind, text, on_day, duties, roles, added_by,"
                        + " peer_agreed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, planId).bind(1, item.kind().name()).bind(2, item.text().orElse(null))
                .bind(3, item.day().map(Date::valueOf).orElse(null))
                .bind(4, item.duties().map(Enum::name).orElse(null))
                .bind(5, item.roles().isEmpty() ? null : String.join(",", item.roles().stream().sorted().toList()))
                .bind(6, author.name()).bind(7, author == PlanItem.Author.PEER).execute();
    }

    /** The plan an item belongs to. */
    static Optional<Long> planOf(Handle h, long itemId) {
        return h.createQuery("SELECT plan_id FROM supervision.plan_item WHERE id = ?").bind(0, itemId)
                .mapTo(Long.class).findOne();
    }

    /** Marks an item done or not, or (no value) deletes it. */
    static void change(Handle h, long itemId, Optional<Boolean> done) {
        if (done.isPresent()) {
            h.createUpdate("UPDATE supervision.plan_item SET done = ? WHERE id = ?").bind(0, done.get())
                    .bind(1, itemId).execute();
        } else {
            h.createUpdate("DELETE FROM supervision.plan_item WHERE id = ?").bind(0, itemId).execute();
        }
    }

    private static Plan withItems(Handle h, Plan plan) {
        List<PlanItem> items = h.createQuery("SELECT id, kind, text, on_day, duties, roles, done, added_by, peer_agreed"
                        + " FROM supervision.plan_item WHERE plan_id = ? ORDER BY on_day, id")
                .bind(0, plan.id()).map((rs, ctx) -> item(rs)).list();
        return new Plan(plan.id(), plan.peerId(), plan.ownerId(), plan.state(), plan.peerAgrees(), plan.ownerAgrees(),
                plan.coordinatorMayKnow(), plan.proposedOn(), plan.openedOn(), plan.closedOn(), items);
    }

    private static Plan plan(ResultSet rs) throws SQLException {
        return new Plan(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                Plan.State.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7),
                rs.getDate(8).toLocalDate(), day(rs.getDate(9)), day(rs.getDate(10)), List.of());
    }

    private static PlanItem item(ResultSet rs) throws SQLException {
        String roles = rs.getString(6);
        Set<String> codes = roles == null ? Set.of() : Arrays.stream(roles.split(",")).collect(Collectors.toSet());
        return new PlanItem(rs.getLong(1), PlanItem.Kind.valueOf(rs.getString(2)), Optional.ofNullable(rs.getString(3)),
                day(rs.getDate(4)), Optional.ofNullable(rs.getString(5)).map(PlanItem.Duties::valueOf), codes,
                rs.getBoolean(7), PlanItem.Author.valueOf(rs.getString(8)), rs.getBoolean(9));
    }

    private static Optional<LocalDate> day(Date date) {
        return Optional.ofNullable(date).map(Date::toLocalDate);
    }
}
