package org.hearth.coaching.impl;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.hearth.api.Centers;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The versions of each member's plan. A save names the version it was written from; when someone saved a newer
 * one meanwhile it is refused with theirs ({@link PlanConflict}), so no update is ever lost. Thread-safe.
 */
@Component(service = PlanBook.class, immediate = true)
public class PlanBook {

    static final int MAX_GOALS = 12;
    private static final String COLUMNS = "member_id, version, strengths, what_matters, supports, next_review,"
            + " agreed_on, review, written_by";

    private final Jdbi jdbi;
    private final String here;

    @Activate
    public PlanBook(@Reference CoachingDatabase database, @Reference Centers centers) {
        this(database, centers.here().id());
    }

    /** For tests: a single kiosk at the default center. */
    public PlanBook(CoachingDatabase database) {
        this(database, CenterRows.DEFAULT);
    }

    /** Plans agreed at center {@code here}; each member's plan is one across the network, its versions say where. */
    PlanBook(CoachingDatabase database, String here) {
        this.jdbi = database.jdbi();
        this.here = here;
    }

    /** The member's current plan (the newest version), if they have one. */
    Optional<Plan> current(String memberId) {
        return jdbi.withHandle(h -> current(h, memberId));
    }

    /** Every version, newest first. */
    List<Plan> history(String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM coaching.plan_version WHERE member_id = ?"
                        + " ORDER BY version DESC").bind(0, memberId).map((rs, ctx) -> plan(h, rs)).list());
    }

    /**
     * Saves a new version written from {@code basedOn} (0 for the first), agreed with the member today. Refused when
     * nothing changed (unless it is a review the member agreed to as it stands), when a date is out of reach, or
     * with {@link PlanConflict} when a newer version was saved meanwhile.
     */
    int save(Plan plan, int basedOn, LocalDate today) {
        check(plan, today);
        try {
            return jdbi.inTransaction(h -> {
                Optional<Plan> current = current(h, plan.memberId());
                if (current.map(Plan::version).orElse(0) != basedOn) {
                    throw new PlanConflict(current.orElseThrow());
                }
                if (current.filter(plan::sameContent).isPresent() && !plan.review()) {
                    throw new Refusal("plan.unchanged");
                }
                insert(h, plan, basedOn + 1, today, here);
                return basedOn + 1;
            });
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
            // the same version inserted by another kiosk at the same moment: the primary key refused ours
            throw current(plan.memberId()).filter(p -> p.version() > basedOn).map(PlanConflict::new)
                    .<RuntimeException>map(c -> c).orElse(e);
        }
    }

    private static void check(Plan plan, LocalDate today) {
        if (plan.goals().size() > MAX_GOALS) {
            throw new Refusal("error.goals", MAX_GOALS);
        }
        if (plan.nextReview().isBefore(today) || plan.nextReview().isAfter(today.plusMonths(6))) {
            throw new Refusal("error.review.date");
        }
        for (Goal g : plan.goals()) {
            if (g.words().isBlank() || g.step().isBlank()) {
                throw new Refusal("error.goal.words");
            }
            g.stepBy().filter(d -> d.isBefore(today.minusYears(1)) || d.isAfter(today.plusYears(5))).ifPresent(d -> {
                throw new Refusal("error.goal.date", d.toString());
            });
        }
    }

    private static void insert(Handle h, Plan p, int version, LocalDate today, String center) {
        h.createUpdate("INSERT INTO coaching.plan_version (" + COLUMNS + ", center_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?)")
                .bind(0, p.memberId()).bind(1, version).bind(2, p.strengths()).bind(3, p.whatMatters())
                .bind(4, p.supports()).bind(5, Date.valueOf(p.nextReview())).bind(6, Date.valueOf(today))
                .bind(7, p.review()).bind(8, p.writtenBy()).bind(9, center).execute();
        int position = 0;
        for (Goal g : p.goals()) {
            var insert = h.createUpdate("INSERT INTO coaching.goal (member_id, version, position, life_domain, words,"
                    + " step, step_by, resource_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(0, p.memberId()).bind(1, version).bind(2, position++).bind(3, g.domain().name())
                    .bind(4, g.words()).bind(5, g.step());
            g.stepBy().ifPresentOrElse(d -> insert.bind(6, Date.valueOf(d)), () -> insert.bindNull(6, java.sql.Types.DATE));
            g.resourceId().ifPresentOrElse(r -> insert.bind(7, r), () -> insert.bindNull(7, java.sql.Types.BIGINT));
            insert.execute();
        }
    }

    private static Optional<Plan> current(Handle h, String memberId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM coaching.plan_version WHERE member_id = ? AND version ="
                        + " (SELECT MAX(version) FROM coaching.plan_version WHERE member_id = ?)")
                .bind(0, memberId).bind(1, memberId).map((rs, ctx) -> plan(h, rs)).findFirst();
    }

    private static Plan plan(Handle h, java.sql.ResultSet rs) throws java.sql.SQLException {
        String member = rs.getString(1);
        int version = rs.getInt(2);
        List<Goal> goals = h.createQuery("SELECT life_domain, words, step, step_by, resource_id FROM coaching.goal"
                        + " WHERE member_id = ? AND version = ? ORDER BY position").bind(0, member).bind(1, version)
                .map((g, ctx) -> {
                    long resource = g.getLong(5);
                    Optional<Long> resourceId = g.wasNull() ? Optional.empty() : Optional.of(resource);
                    return new Goal(LifeDomain.valueOf(g.getString(1)), g.getString(2), g.getString(3),
                            Optional.ofNullable(g.getDate(4)).map(Date::toLocalDate), resourceId);
                }).list();
        return new Plan(member, version, rs.getString(3), rs.getString(4), rs.getString(5), goals,
                rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getBoolean(8), rs.getString(9));
    }

    void forget(String memberId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM coaching.goal WHERE member_id = ?").bind(0, memberId).execute();
            h.createUpdate("DELETE FROM coaching.plan_version WHERE member_id = ?").bind(0, memberId).execute();
        });
    }
}
