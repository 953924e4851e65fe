package org.hearth.events.impl;

import java.util.Optional;

/** A saved event or series; a cancelled one stays, with its notice, so nobody turns up to a closed door. */
record Event(long id, EventDraft draft, Optional<String> rule, boolean cancelled, Optional<String> cancelNote) {

    boolean repeats() {
        return rule.isPresent();
    }
}
