package org.hearth.coaching.impl;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The PIN a member may choose for reading their own plan at the kiosk, kept as a BCrypt hash (Spring Security
 * Crypto, embedded in this bundle). After {@link #MAX_TRIES} wrong tries it is locked for {@link #LOCK}.
 */
@Component(service = MemberPins.class, immediate = true)
public class MemberPins {

    static final int MAX_TRIES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    /** What a try gave. */
    enum Outcome { RIGHT, WRONG, LOCKED, NONE }

    private final Jdbi jdbi;
    private final Clock clock;

    @Activate
    public MemberPins(@Reference CoachingDatabase database, @Reference Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    /** Sets or changes the member's PIN (4 to 12 digits). */
    void choose(String memberId, String pin) {
        if (pin == null || !pin.matches("[0-9]{4,12}")) {
            throw new Refusal("error.pin.digits");
        }
        String hash = BCrypt.hashpw(pin, BCrypt.gensalt(10));
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM coaching.member_pin WHERE member_id = ?").bind(0, memberId).execute();
            h.createUpdate("INSERT INTO coaching.member_pin (member_id, pin_hash) VALUES (?, ?)")
                    .bind(0, memberId).bind(1, hash).execute();
        });
    }

    boolean has(String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM coaching.member_pin WHERE member_id = ?")
                .bind(0, memberId).mapTo(Integer.class).one()) > 0;
    }

    /** Checks a try; a wrong one counts towards the lock, a right one clears the count. */
    Outcome check(String memberId, String pin) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> h.createQuery("SELECT pin_hash, wrong_tries, locked_until FROM coaching.member_pin"
                        + " WHERE member_id = ?").bind(0, memberId)
                .map((rs, ctx) -> {
                    Timestamp locked = rs.getTimestamp(3);
                    if (locked != null && locked.toInstant().isAfter(now)) {
                        return Outcome.LOCKED;
                    }
                    boolean right = pin != null && pin.length() <= 12 && BCrypt.checkpw(pin, rs.getString(1));
                    int failed = right ? 0 : (locked != null ? 0 : rs.getInt(2)) + 1;
                    boolean lock = failed >= MAX_TRIES;
                    var update = h.createUpdate("UPDATE coaching.member_pin SET wrong_tries = ?, locked_until = ?"
                            + " WHERE member_id = ?").bind(0, lock ? 0 : failed).bind(2, memberId);
                    if (lock) {
                        update.bind(1, Timestamp.from(now.plus(LOCK)));
                    } else {
                        update.bindNull(1, Types.TIMESTAMP);
                    }
                    update.execute();
                    return right ? Outcome.RIGHT : lock ? Outcome.LOCKED : Outcome.WRONG;
                }).findFirst().orElse(Outcome.NONE));
    }

    void forget(String memberId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM coaching.member_pin WHERE member_id = ?").bind(0, memberId)
                .execute());
    }
}
