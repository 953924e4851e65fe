package org.hearth.coaching.impl;

import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * This feature's rows about one person. A member deleted at their wish leaves nothing here: plan, notes, PIN,
 * calls and self-checks go. A coach deleted leaves their members' plans (those are the members'), with the
 * pairings ended. A merge moves the duplicate's rows to the record kept, the newer plan versions numbered after the
 * kept record's.
 */
@Component(service = PersonRows.class, immediate = true)
public class PersonRows {

    private static final String[] MEMBER_TABLES = {"coaching.goal", "coaching.plan_version", "coaching.contact",
        "coaching.member_pin", "coaching.checkup_call", "coaching.self_check", "coaching.pairing"};

    private final Jdbi jdbi;

    @Activate
    public PersonRows(@Reference CoachingDatabase database) {
        this.jdbi = database.jdbi();
    }

    void forget(String personId) {
        jdbi.useTransaction(h -> {
            for (String table : MEMBER_TABLES) {
                h.createUpdate("DELETE FROM " + table + " WHERE member_id = ?").bind(0, personId).execute();
            }
            h.createUpdate("UPDATE coaching.pairing SET ended_on = CURRENT_DATE WHERE coach_id = ? AND ended_on IS NULL")
                    .bind(0, personId).execute();
        });
    }

    void move(String duplicateId, String keepId) {
        jdbi.useTransaction(h -> {
            int kept = h.createQuery("SELECT COALESCE(MAX(version), 0) FROM coaching.plan_version WHERE member_id = ?")
                    .bind(0, keepId).mapTo(Integer.class).one();
            // the duplicate's versions are numbered after the kept record's, so no version is lost
            h.createUpdate("INSERT INTO coaching.plan_version (member_id, version, strengths, what_matters, supports,"
                    + " next_review, agreed_on, review, written_by, center_id) SELECT ?, version + ?, strengths,"
                    + " what_matters, supports, next_review, agreed_on, review, written_by, center_id"
                    + " FROM coaching.plan_version WHERE member_id = ?")
                    .bind(0, keepId).bind(1, kept).bind(2, duplicateId).execute();
            h.createUpdate("INSERT INTO coaching.goal (member_id, version, position, life_domain, words, step, step_by,"
                    + " resource_id) SELECT ?, version + ?, position, life_domain, words, step, step_by, resource_id"
                    + " FROM coaching.goal WHERE member_id = ?").bind(0, keepId).bind(1, kept).bind(2, duplicateId)
                    .execute();
            h.createUpdate("DELETE FROM coaching.goal WHERE member_id = ?").bind(0, duplicateId).execute();
            h.createUpdate("DELETE FROM coaching.plan_version WHERE member_id = ?").bind(0, duplicateId).execute();
            h.createUpdate("DELETE FROM coaching.member_pin WHERE member_id = ? AND EXISTS (SELECT 1 FROM"
                    + " coaching.member_pin k WHERE k.member_id = ?)").bind(0, duplicateId).bind(1, keepId).execute();
            for (String table : new String[] {"coaching.contact",
                "coaching.member_pin", "coaching.checkup_call", "coaching.self_check", "coaching.pairing"}) {
                h.createUpdate("UPDATE " + table + " SET member_id = ? WHERE member_id = ?").bind(0, keepId)
                        .bind(1, duplicateId).execute();
            }
            for (String table : new String[] {"coaching.pairing", "coaching.contact"}) {
                h.createUpdate("UPDATE " + table + " SET coach_id = ? WHERE coach_id = ?").bind(0, keepId)
                        .bind(1, duplicateId).execute();
            }
        });
    }
}
