package org.hearth.platform.impl;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.api.Account;
import org.hearth.api.Accounts;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Accounts in the platform schema, each with a set of roles; PINs hashed with BCrypt (Spring Security Crypto). */
@Component
public class JdbcAccounts implements Accounts {

    static final Duration LOCK_TIME = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAccounts.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final PeopleDirectory people;
    private final BCryptPasswordEncoder hasher = new BCryptPasswordEncoder(10);
    /** Failed and refused sign-ins are audited by the kiosk itself: nobody is signed in yet. */
    private static final String KIOSK = "kiosk";
    private final JdbcAuditLog audit;

    @Activate
    public JdbcAccounts(@Reference PlatformSchema schema, @Reference Clock clock, @Reference PeopleDirectory people) {
        this.jdbi = schema.jdbi();
        this.clock = clock;
        this.people = people;
        this.audit = new JdbcAuditLog(schema, clock);
    }

    @Override
    public Account save(String personId, Role role, String pin) {
        return save(personId, role == null ? Set.of() : EnumSet.of(role), pin);
    }

    @Override
    public Account save(String personId, Set<Role> roles, String pin) {
        Set<Role> checked = checkRoles(roles);
        if (pin == null || !pin.matches("\\d{4,12}")) {
            throw new IllegalArgumentException("error.pin.format");
        }
        Person person = people.find(personId).orElseThrow(() -> new IllegalArgumentException("error.person.unknown"));
        String hash = hasher.encode(pin);
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE platform.account SET role = ?, pin_hash = ?, failed_attempts = 0,"
                    + " locked_until = NULL WHERE person_id = ?").bind(0, primary(checked)).bind(1, hash)
                    .bind(2, personId).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO platform.account (person_id, role, pin_hash) VALUES (?, ?, ?)")
                        .bind(0, personId).bind(1, primary(checked)).bind(2, hash).execute();
            }
            writeRoles(h, personId, checked);
        });
        return new Account(personId, person.chosenName(), checked);
    }

    @Override
    public Account changeRoles(String personId, Set<Role> roles) {
        Set<Role> checked = checkRoles(roles);
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE platform.account SET role = ? WHERE person_id = ?")
                    .bind(0, primary(checked)).bind(1, personId).execute();
            if (updated == 0) {
                throw new IllegalArgumentException("error.account.unknown");
            }
            writeRoles(h, personId, checked);
        });
        return find(personId).orElseThrow(() -> new IllegalArgumentException("error.account.unknown"));
    }

    @Override
    public Optional<Account> find(String personId) {
        return accounts("WHERE a.person_id = ?", personId).stream().findFirst();
    }

    @Override
    public Optional<Account> authenticate(String who, String pin) {
        Optional<Stored> stored = holder(who);
        if (stored.isEmpty() || pin == null) {
            // spend the same time as a real check, so timing does not tell whether a name exists
            hasher.matches("0000", "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z2BdFJ8T2YkQUVQFXw3ZpJ/G");
            return Optional.empty();
        }
        return check(stored.get(), pin) ? find(stored.get().personId) : Optional.empty();
    }

    @Override
    public boolean confirmPin(String personId, String pin) {
        Optional<Stored> stored = stored("a.person_id = ?", personId).stream().findFirst();
        return stored.isPresent() && pin != null && check(stored.get(), pin);
    }

    /**
     * Whether the PIN is right and the account not locked; counts a wrong PIN, clears the count on a right one.
     * The count moves in the database (never read, added to and written back), so wrong PINs sent at the same
     * moment are each counted; a locked account spends the same time as a wrong PIN before it answers.
     */
    private boolean check(Stored account, String pin) {
        Instant now = clock.instant();
        boolean right = hasher.matches(pin, account.pinHash);
        if (account.lockedUntil != null && account.lockedUntil.toInstant().isAfter(now)) {
            LOG.info("Sign-in refused: account is locked for now");
            audit.record(KIOSK, "staff.signin.locked", account.personId);
            return false;
        }
        if (!right) {
            recordFailure(account, now);
            return false;
        }
        int cleared = jdbi.withHandle(h -> h.createUpdate("UPDATE platform.account SET failed_attempts = 0,"
                        + " locked_until = NULL WHERE person_id = ? AND (locked_until IS NULL OR locked_until <= ?)")
                .bind(0, account.personId).bind(1, Timestamp.from(now)).execute());
        if (cleared == 0) {
            // wrong PINs sent at the same moment locked it while this one was being checked
            audit.record(KIOSK, "staff.signin.locked", account.personId);
        }
        return cleared == 1;
    }

    private void recordFailure(Stored account, Instant now) {
        audit.record(KIOSK, "staff.signin.failed", account.personId);
        int locked = jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE platform.account SET failed_attempts = failed_attempts + 1 WHERE person_id = ?")
                    .bind(0, account.personId).execute();
            return h.createUpdate("UPDATE platform.account SET failed_attempts = 0, locked_until = ?"
                            + " WHERE person_id = ? AND failed_attempts >= ?")
                    .bind(0, Timestamp.from(now.plus(LOCK_TIME))).bind(1, account.personId)
                    .bind(2, MAX_FAILED_ATTEMPTS).execute();
        });
        if (locked > 0) {
            LOG.warn("An account was locked for {} minutes after {} wrong PINs", LOCK_TIME.toMinutes(),
                    MAX_FAILED_ATTEMPTS);
        }
    }

    private Optional<Stored> holder(String who) {
        String value = Names.tidy(who);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        List<Stored> found = stored("p.key_tag = ? OR p.name_key = ?", value, Names.key(value));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private List<Stored> stored(String where, String... values) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT a.person_id, a.pin_hash, a.failed_attempts, a.locked_until"
                    + " FROM platform.account a JOIN platform.person p ON p.id = a.person_id WHERE " + where);
            for (int i = 0; i < values.length; i++) {
                query.bind(i, values[i]);
            }
            return query.map((rs, ctx) -> new Stored(rs.getString(1), rs.getString(2), rs.getInt(3),
                    rs.getTimestamp(4))).list();
        });
    }

    @Override
    public List<Account> list() {
        return accounts("", null);
    }

    private List<Account> accounts(String where, String value) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT a.person_id, p.chosen_name, r.role FROM platform.account a"
                    + " JOIN platform.person p ON p.id = a.person_id"
                    + " JOIN platform.account_role r ON r.person_id = a.person_id " + where
                    + " ORDER BY p.name_key, a.person_id");
            if (value != null) {
                query.bind(0, value);
            }
            Map<String, List<String[]>> rows = query.map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2),
                    rs.getString(3)}).stream().collect(Collectors.groupingBy(r -> r[0],
                    java.util.LinkedHashMap::new, Collectors.toList()));
            return rows.values().stream().map(JdbcAccounts::account).toList();
        });
    }

    private static Account account(List<String[]> rows) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.forEach(r -> roles.add(Role.valueOf(r[2])));
        return new Account(rows.get(0)[0], rows.get(0)[1], roles);
    }

    @Override
    public boolean exists(Role role) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM platform.account_role WHERE role = ?")
                .bind(0, role.name()).mapTo(Integer.class).one()) > 0;
    }

    private static Set<Role> checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.contains(Role.VISITOR)) {
            throw new IllegalArgumentException("error.account.role");
        }
        return EnumSet.copyOf(roles);
    }

    private static String primary(Set<Role> roles) {
        return new Account("-", "-", roles).role().name();
    }

    private static void writeRoles(Handle h, String personId, Set<Role> roles) {
        h.createUpdate("DELETE FROM platform.account_role WHERE person_id = ?").bind(0, personId).execute();
        var insert = h.prepareBatch("INSERT INTO platform.account_role (person_id, role) VALUES (?, ?)");
        roles.forEach(r -> insert.bind(0, personId).bind(1, r.name()).add());
        insert.execute();
    }

    private record Stored(String personId, String pinHash, int failedAttempts, Timestamp lockedUntil) {
    }
}
