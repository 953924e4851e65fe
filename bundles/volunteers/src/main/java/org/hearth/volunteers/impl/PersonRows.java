package org.hearth.volunteers.impl;

import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * This feature's rows about one person, when the person is deleted at their wish or merged into another
 * record. A deleted person's places on shifts, calendar link and schedule history go; their hours and the
 * stipend ledger keep their figures (the center's books must add up) with no one named.
 */
@Component(service = PersonRows.class, immediate = true)
public class PersonRows {

    private final Jdbi jdbi;

    @Activate
    public PersonRows(@Reference VolunteersDatabase database) {
        this.jdbi = database.jdbi();
    }

    void forget(String personId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM volunteers.assignment WHERE person_id = ?").bind(0, personId).execute();
            h.createUpdate("DELETE FROM volunteers.calendar_link WHERE person_id = ?").bind(0, personId).execute();
            h.createUpdate("DELETE FROM volunteers.schedule_change WHERE person_id = ? OR other_id = ?")
                    .bind(0, personId).bind(1, personId).execute();
            h.createUpdate("UPDATE volunteers.schedule_change SET changed_by = NULL WHERE changed_by = ?")
                    .bind(0, personId).execute();
            h.createUpdate("UPDATE volunteers.time_entry SET person_id = NULL WHERE person_id = ?")
                    .bind(0, personId).execute();
            h.createUpdate("UPDATE volunteers.time_entry SET approved_by = NULL WHERE approved_by = ?")
                    .bind(0, personId).execute();
            h.createUpdate("UPDATE volunteers.time_correction SET corrected_by = NULL WHERE corrected_by = ?")
                    .bind(0, personId).execute();
            h.createUpdate("UPDATE volunteers.stipend_entry SET person_id = NULL WHERE person_id = ?")
                    .bind(0, personId).execute();
            h.createUpdate("UPDATE volunteers.stipend_entry SET recorded_by = NULL WHERE recorded_by = ?")
                    .bind(0, personId).execute();
        });
    }

    /** Moves the duplicate's rows to the record kept; a shift both held keeps one place. */
    void move(String duplicateId, String keepId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM volunteers.assignment WHERE person_id = ? AND shift_id IN"
                    + " (SELECT shift_id FROM volunteers.assignment WHERE person_id = ?)")
                    .bind(0, duplicateId).bind(1, keepId).execute();
            h.createUpdate("DELETE FROM volunteers.calendar_link WHERE person_id = ? AND EXISTS"
                    + " (SELECT 1 FROM volunteers.calendar_link k WHERE k.person_id = ?)")
                    .bind(0, duplicateId).bind(1, keepId).execute();
            for (String sql : new String[] {
                "UPDATE volunteers.assignment SET person_id = ? WHERE person_id = ?",
                "UPDATE volunteers.calendar_link SET person_id = ? WHERE person_id = ?",
                "UPDATE volunteers.schedule_change SET person_id = ? WHERE person_id = ?",
                "UPDATE volunteers.schedule_change SET other_id = ? WHERE other_id = ?",
                "UPDATE volunteers.time_entry SET person_id = ? WHERE person_id = ?",
                "UPDATE volunteers.stipend_entry SET person_id = ? WHERE person_id = ?"}) {
                h.createUpdate(sql).bind(0, keepId).bind(1, duplicateId).execute();
            }
        });
    }
}
