package org.hearth.groups.impl;

import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * This feature's rows about one person. A person deleted at their wish is forgotten here too: their named
 * attendance becomes anonymous (the session's counts stay right), and they are no longer a facilitator or a
 * substitute. A merge moves the duplicate's attendance to the record kept, once a session.
 */
@Component(service = PersonRows.class, immediate = true)
public class PersonRows {

    private final Jdbi jdbi;

    @Activate
    public PersonRows(@Reference GroupsDatabase database) {
        this.jdbi = database.jdbi();
    }

    void forget(String personId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE peergroups.session SET anonymous = anonymous + 1 WHERE id IN"
                    + " (SELECT session_id FROM peergroups.attendance WHERE person_id = ?)").bind(0, personId).execute();
            h.createUpdate("DELETE FROM peergroups.attendance WHERE person_id = ?").bind(0, personId).execute();
            h.createUpdate("DELETE FROM peergroups.facilitator WHERE person_id = ?").bind(0, personId).execute();
            h.createUpdate("UPDATE peergroups.session SET substitute_id = NULL WHERE substitute_id = ?")
                    .bind(0, personId).execute();
            h.createUpdate("UPDATE peergroups.session SET started_by = NULL WHERE started_by = ?")
                    .bind(0, personId).execute();
        });
    }

    void move(String duplicateId, String keepId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM peergroups.attendance WHERE person_id = ? AND session_id IN"
                    + " (SELECT session_id FROM peergroups.attendance WHERE person_id = ?)")
                    .bind(0, duplicateId).bind(1, keepId).execute();
            h.createUpdate("DELETE FROM peergroups.facilitator WHERE person_id = ? AND group_id IN"
                    + " (SELECT group_id FROM peergroups.facilitator WHERE person_id = ?)")
                    .bind(0, duplicateId).bind(1, keepId).execute();
            for (String sql : new String[] {
                "UPDATE peergroups.attendance SET person_id = ? WHERE person_id = ?",
                "UPDATE peergroups.facilitator SET person_id = ? WHERE person_id = ?",
                "UPDATE peergroups.session SET substitute_id = ? WHERE substitute_id = ?",
                "UPDATE peergroups.session SET started_by = ? WHERE started_by = ?"}) {
                h.createUpdate(sql).bind(0, keepId).bind(1, duplicateId).execute();
            }
        });
    }
}
