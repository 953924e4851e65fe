package org.hearth.supervision.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * This feature's rows about one person: forgotten when the person is deleted at their wish (their own log and
 * plans go; where they were the author or owner, the entry or plan stays the peer's, without them), moved when
 * two records are merged.
 */
@Component(service = PersonRows.class, immediate = true)
public class PersonRows {

    private final SupervisionDatabase database;

    @Activate
    public PersonRows(@Reference SupervisionDatabase database) {
        this.database = database;
    }

    void forget(String personId) {
        database.jdbi().useTransaction(h -> {
            h.createUpdate("DELETE FROM supervision.log_entry WHERE supervisee_id = ?").bind(0, personId).execute();
            h.createUpdate("UPDATE supervision.log_entry SET author_id = NULL WHERE author_id = ?").bind(0, personId)
                    .execute();
            h.createUpdate("DELETE FROM supervision.plan WHERE peer_id = ?").bind(0, personId).execute();
            h.createUpdate("UPDATE supervision.plan SET owner_id = NULL WHERE owner_id = ?").bind(0, personId)
                    .execute();
        });
    }

    void move(String fromId, String toId) {
        database.jdbi().useTransaction(h -> {
            for (String sql : new String[] {
                "UPDATE supervision.log_entry SET supervisee_id = ? WHERE supervisee_id = ?",
                "UPDATE supervision.log_entry SET author_id = ? WHERE author_id = ?",
                "UPDATE supervision.plan SET peer_id = ? WHERE peer_id = ?",
                "UPDATE supervision.plan SET owner_id = ? WHERE owner_id = ?"}) {
                h.createUpdate(sql).bind(0, toId).bind(1, fromId).execute();
            }
        });
    }
}
