package org.hearth.volunteers.impl;

import java.sql.Date;
import java.time.LocalDate;
import org.hearth.api.Duties;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who serves in a shift role at this center now, for other features (the coaching feature's check-up call list at
 * this center is for its outreach volunteers): a person serves in a role while they hold a place on one of its
 * shifts here from {@value #DAYS} days ago to {@value #DAYS} days ahead.
 */
@Component(service = Duties.class, immediate = true)
public class ShiftDuties implements Duties {

    static final int DAYS = 30;

    private final Jdbi jdbi;
    private final ShiftPlan plan;

    @Activate
    public ShiftDuties(@Reference VolunteersDatabase database, @Reference ShiftPlan plan) {
        this.jdbi = database.jdbi();
        this.plan = plan;
    }

    @Override
    public boolean serves(String personId, String duty) {
        LocalDate today = plan.today();
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM volunteers.assignment a JOIN volunteers.shift s"
                        + " ON s.id = a.shift_id WHERE a.person_id = ? AND s.role_code = ? AND s.center_id = ?"
                        + " AND s.cancelled = FALSE AND s.shift_day BETWEEN ? AND ?").bind(0, personId).bind(1, duty).bind(2, plan.center())
                .bind(3, Date.valueOf(today.minusDays(DAYS))).bind(4, Date.valueOf(today.plusDays(DAYS)))
                .mapTo(Integer.class).one()) > 0;
    }
}
