package org.hearth.platform.impl;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Account;
import org.hearth.api.Accounts;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Accounts in the platform schema; PINs hashed with BCrypt (Spring Security Crypto). */
@Component
public class JdbcAccounts implements Accounts {

    static final Duration LOCK_TIME = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAccounts.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final PeopleDirectory people;
    private final BCryptPasswordEncoder hasher = new BCryptPasswordEncoder(10);

    @Activate
    public JdbcAccounts(@Reference PlatformSchema schema, @Reference Clock clock, @Reference PeopleDirectory people) {
        this.jdbi = schema.jdbi();
        this.clock = clock;
        this.people = people;
    }

    @Override
    public Account save(String personId, Role role, String pin) {
        if (role == Role.VISITOR) {
            throw new IllegalArgumentException("error.account.role");
        }
        if (pin == null || !pin.matches("\\d{4,12}")) {
            throw new IllegalArgumentException("error.pin.format");
        }
        Person person = people.find(personId).orElseThrow(() -> new IllegalArgumentException("error.person.unknown"));
        String hash = hasher.encode(pin);
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE platform.account SET role = ?, pin_hash = ?, failed_attempts = 0,"
                    + " locked_until = NULL WHERE person_id = ?").bind(0, role.name()).bind(1, hash).bind(2, personId)
                    .execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO platform.account (person_id, role, pin_hash) VALUES (?, ?, ?)")
                        .bind(0, personId).bind(1, role.name()).bind(2, hash).execute();
            }
        });
        return new Account(personId, person.chosenName(), role);
    }

    @Override
    public Optional<Account> authenticate(String who, String pin) {
        Optional<Stored> stored = holder(who);
        if (stored.isEmpty() || pin == null) {
            // spend the same time as a real check, so timing does not tell whether a name exists
            hasher.matches("0000", "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z2BdFJ8T2YkQUVQFXw3ZpJ/G");
            return Optional.empty();
        }
        Stored account = stored.get();
        Instant now = clock.instant();
        if (account.lockedUntil != null && account.lockedUntil.toInstant().isAfter(now)) {
            LOG.info("Sign-in refused: account is locked for now");
            return Optional.empty();
        }
        if (!hasher.matches(pin, account.pinHash)) {
            recordFailure(account, now);
            return Optional.empty();
        }
        jdbi.useHandle(h -> h.createUpdate("UPDATE platform.account SET failed_attempts = 0, locked_until = NULL"
                + " WHERE person_id = ?").bind(0, account.personId).execute());
        return Optional.of(new Account(account.personId, account.name, Role.valueOf(account.role)));
    }

    private void recordFailure(Stored account, Instant now) {
        int failures = account.failedAttempts + 1;
        Timestamp lockedUntil = failures >= MAX_FAILED_ATTEMPTS ? Timestamp.from(now.plus(LOCK_TIME)) : null;
        jdbi.useHandle(h -> h.createUpdate("UPDATE platform.account SET failed_attempts = ?, locked_until = ?"
                        + " WHERE person_id = ?")
                .bind(0, lockedUntil == null ? failures : 0).bind(1, lockedUntil).bind(2, account.personId).execute());
        if (lockedUntil != null) {
            LOG.warn("An account was locked for {} minutes after {} wrong PINs", LOCK_TIME.toMinutes(), failures);
        }
    }

    private Optional<Stored> holder(String who) {
        String value = Names.tidy(who);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        List<Stored> found = jdbi.withHandle(h -> h.createQuery("SELECT a.person_id, p.chosen_name, a.role,"
                        + " a.pin_hash, a.failed_attempts, a.locked_until FROM platform.account a"
                        + " JOIN platform.person p ON p.id = a.person_id WHERE p.key_tag = ? OR p.name_key = ?")
                .bind(0, value).bind(1, Names.key(value))
                .map((rs, ctx) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getTimestamp(6)))
                .list());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public List<Account> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.person_id, p.chosen_name, a.role FROM platform.account a"
                        + " JOIN platform.person p ON p.id = a.person_id ORDER BY p.name_key")
                .map((rs, ctx) -> new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                .list());
    }

    @Override
    public boolean exists(Role role) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM platform.account WHERE role = ?")
                .bind(0, role.name()).mapTo(Integer.class).one()) > 0;
    }

    private record Stored(String personId, String name, String role, String pinHash, int failedAttempts,
                          Timestamp lockedUntil) {
    }
}
