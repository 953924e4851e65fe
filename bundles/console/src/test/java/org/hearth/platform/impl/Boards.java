package org.hearth.platform.impl;

import org.hearth.api.CountBoard;
import org.hearth.api.CountSource;

/** The platform's real count board with sources added as DS would, for plain unit tests. */
public final class Boards {

    private Boards() {
    }

    public static CountBoard of(CountSource... sources) {
        PlatformCountBoard board = new PlatformCountBoard();
        for (CountSource source : sources) {
            board.addSource(source);
        }
        return board;
    }
}
