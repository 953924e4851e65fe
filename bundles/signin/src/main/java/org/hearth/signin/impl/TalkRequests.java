package org.hearth.signin.impl;

import org.hearth.api.NameMatching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "I'd like to talk to someone": requests from the kiosk that peer staff see and answer. A request keeps the
 * visitor's name only if they chose to give it, and only until it is answered.
 */
@Component(service = TalkRequests.class, immediate = true)
public class TalkRequests {

    /** An open request: when it was made, and the name the visitor gave, if any. */
    record Request(long id, Instant askedAt, Optional<String> name) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(TalkRequests.class);

    private final Jdbi jdbi;
    private final Clock clock;

    @Activate
    public TalkRequests(@Reference SignInDatabase database, @Reference Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    /**
     * Records a request. A blank name is no name.
     *
     * @throws IllegalArgumentException with key {@code error.name.long} when the name is too long
     */
    Request ask(Optional<String> name) {
        Optional<String> given = name.map(NameMatching::tidy).filter(s -> !s.isEmpty()).map(NameRule::checkChosenName);
        Instant now = clock.instant();
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO signin.talk_request (asked_at, visitor_name)"
                        + " VALUES (?, ?)")
                .bind(0, Timestamp.from(now)).bind(1, given.orElse(null))
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
        LOG.info("Talk request {} made at the kiosk", id);
        return new Request(id, now, given);
    }

    /** Open requests, oldest first. */
    List<Request> open() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, asked_at, visitor_name FROM signin.talk_request"
                        + " WHERE answered_at IS NULL ORDER BY asked_at, id")
                .map((rs, ctx) -> new Request(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        Optional.ofNullable(rs.getString(3))))
                .list());
    }

    /** How many requests are open; quick enough for a tile's notice. */
    int countOpen() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM signin.talk_request WHERE answered_at IS NULL")
                .mapTo(Integer.class).one());
    }

    /** Marks a request answered by a staff member and forgets the name; false if it was already answered. */
    boolean answer(long id, String staffPersonId) {
        boolean answered = jdbi.withHandle(h -> h.createUpdate("UPDATE signin.talk_request SET answered_at = ?,"
                        + " answered_by = ?, visitor_name = NULL WHERE id = ? AND answered_at IS NULL")
                .bind(0, Timestamp.from(clock.instant())).bind(1, staffPersonId).bind(2, id).execute()) == 1;
        if (answered) {
            LOG.info("Talk request {} answered by {}", id, staffPersonId);
        }
        return answered;
    }
}
