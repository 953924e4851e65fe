package org.hearth.volunteers.impl;

import java.util.List;

/** A shift and who holds its places. */
record Staffing(Shift shift, List<Holder> holders) {

    /** How well a shift is staffed: below its minimum, below what it wants, or enough. */
    enum Level { BELOW_MIN, BELOW_WANTED, ENOUGH }

    Staffing {
        holders = List.copyOf(holders);
    }

    int taken() {
        return holders.size();
    }

    boolean isFull() {
        return taken() >= shift.people().max();
    }

    boolean holds(String personId) {
        return holders.stream().anyMatch(h -> h.personId().equals(personId));
    }

    Level level() {
        if (taken() < shift.people().min()) {
            return Level.BELOW_MIN;
        }
        return taken() < shift.people().wanted() ? Level.BELOW_WANTED : Level.ENOUGH;
    }
}
