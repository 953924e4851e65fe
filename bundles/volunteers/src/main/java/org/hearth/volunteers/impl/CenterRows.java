package org.hearth.volunteers.impl;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.LoggerFactory;

/** The center this host's rows belong to, and the rows from before centers existed, which become its own. */
final class CenterRows {

    /** The center of a single kiosk that was given no {@code hearth.center.id}. */
    static final String DEFAULT = "main";

    private static final String[] TABLES = {"shift_template", "shift", "center_closed_day", "time_entry",
        "stipend_entry"};

    private CenterRows() {
    }

    /** Gives {@code here} every row that has no center yet: before 1.2 there was one center, this one. */
    static void adopt(Jdbi jdbi, String here) {
        int adopted = jdbi.inTransaction(h -> {
            int rows = 0;
            for (String table : TABLES) {
                rows += h.createUpdate("UPDATE volunteers." + table + " SET center_id = ? WHERE center_id IS NULL")
                        .bind(0, here).execute();
            }
            return rows;
        });
        if (adopted > 0) {
            LoggerFactory.getLogger(CenterRows.class).info("{} volunteer rows from before centers are now center {}'s",
                    adopted, here);
        }
    }
}
