package org.hearth.platform.impl;

import org.hearth.api.Centers;
import org.hearth.api.CountBoard;
import org.hearth.api.CountSource;

/** The platform's real count board with sources added as DS would, for plain unit tests. */
public final class Boards {

    private Boards() {
    }

    public static CountBoard of(CountSource... sources) {
        return of(null, sources);
    }

    /** A board that knows the centers sharing the database, as DS gives it the platform's {@link Centers}. */
    public static CountBoard of(Centers centers, CountSource... sources) {
        PlatformCountBoard board = new PlatformCountBoard();
        board.centers = centers;
        for (CountSource source : sources) {
            board.addSource(source);
        }
        return board;
    }
}
