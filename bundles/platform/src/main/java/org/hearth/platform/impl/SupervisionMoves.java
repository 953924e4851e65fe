package org.hearth.platform.impl;

import org.jdbi.v3.core.Handle;

/** Moves supervision relations from a duplicate person record to the one kept, inside the merge's transaction. */
final class SupervisionMoves {

    private final Handle handle;

    SupervisionMoves(Handle handle) {
        this.handle = handle;
    }

    void merge(String duplicateId, String keepId) {
        boolean keepSupervised = handle.createQuery("SELECT COUNT(*) FROM platform.supervision WHERE supervisee_id = ?")
                .bind(0, keepId).mapTo(Integer.class).one() > 0;
        if (keepSupervised) {
            update("DELETE FROM platform.supervision WHERE supervisee_id = ?", duplicateId);
        } else {
            update("UPDATE platform.supervision SET supervisee_id = ? WHERE supervisee_id = ?", keepId, duplicateId);
        }
        update("UPDATE platform.supervision SET supervisor_id = ? WHERE supervisor_id = ?", keepId, duplicateId);
        update("UPDATE platform.supervision SET backup_id = ? WHERE backup_id = ?", keepId, duplicateId);
        // a merge can make someone their own supervisor or backup; such a relation means nothing
        update("DELETE FROM platform.supervision WHERE supervisor_id = supervisee_id");
        update("UPDATE platform.supervision SET backup_id = NULL WHERE backup_id = supervisee_id"
                + " OR backup_id = supervisor_id");
    }

    private void update(String sql, String... values) {
        var update = handle.createUpdate(sql);
        for (int i = 0; i < values.length; i++) {
            update.bind(i, values[i]);
        }
        update.execute();
    }
}
