package org.hearth.supervision.impl;

import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One supervision session as recorded: when, how long, how, the topics, short notes and the next steps agreed;
 * the peer's own reflection; and when each of the two acknowledged it. Nothing clinical.
 */
record LogEntry(long id, String superviseeId, Optional<String> authorId, LocalDate metOn, int minutes, Format format,
                List<String> topics, String notes, String nextSteps, Optional<String> reflection,
                Optional<LocalDateTime> supervisorAck, Optional<LocalDateTime> peerAck) {

    static final int MAX_TEXT = 1000;
    static final int MAX_MINUTES = 480;

    /** How the session was held. */
    enum Format { ONE_TO_ONE, GROUP, PHONE }

    LogEntry {
        topics = List.copyOf(topics);
    }
}
