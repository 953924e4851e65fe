package org.hearth.volunteers.impl;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.ModuleContext;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.hearth.platform.impl.JdbcAccounts;
import org.hearth.platform.impl.JdbcAuditLog;
import org.hearth.platform.impl.JdbcPeerStaff;
import org.hearth.platform.impl.JdbcPeopleDirectory;
import org.hearth.platform.impl.PlatformSchema;
import org.hearth.testkit.TestClock;
import org.hearth.testkit.TestDatabase;

/**
 * The real platform services and this bundle's hours and stipend stores over a fresh in-memory Derby, at a time
 * the test sets, with stipend rules the test gives (front desk 12.50 an hour, group facilitator 25.00 a shift).
 */
final class StipendsFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final Map<String, Object> RULES = Map.of("role.front_desk", "hourly 12.50",
            "role.group_facilitator", "flat 25.00");

    /** Wednesday 25 November 2026, 9:00 in Chicago. */
    final TestClock clock = new TestClock(Instant.parse("2026-11-25T15:00:00Z"), ZONE);
    final TestDatabase database = new TestDatabase();
    final JdbcPeopleDirectory people;
    final JdbcAccounts accounts;
    final JdbcAuditLog audit;
    final VolunteersDatabase volunteers;
    final ShiftSettings settings;
    final Candidates candidates;
    final RoleList roles;
    final StipendRules rules;
    final StipendLedger ledger;
    final HoursBook hours;

    StipendsFixture() {
        this(RULES, 0);
    }

    StipendsFixture(Map<String, Object> rules, int roundingMinutes) {
        PlatformSchema platform = new PlatformSchema(database.dataSource(), database.migrator());
        people = new JdbcPeopleDirectory(platform, clock);
        accounts = new JdbcAccounts(platform, clock, people);
        audit = new JdbcAuditLog(platform, clock);
        volunteers = new VolunteersDatabase(database.dataSource(), database.migrator());
        settings = new ShiftSettings(new ShiftSettings.Rules(Duration.ofHours(48), Duration.ofMinutes(30),
                Duration.ofMinutes(60), roundingMinutes));
        candidates = new Candidates(people, accounts, new JdbcPeerStaff(platform, people), clock);
        roles = new RoleList(volunteers);
        this.rules = new StipendRules(rules);
        ledger = new StipendLedger(volunteers, this.rules, clock);
        hours = new HoursBook(volunteers, settings, ledger, clock);
    }

    StipendServices services() {
        return new StipendServices(hours, ledger, candidates, roles, audit);
    }

    /** A volunteer with an account, named {@code name} with last initial B. */
    Person volunteer(String name) {
        Person person = people.register(name, Optional.of("B"), Optional.empty());
        accounts.save(person.id(), Role.VOLUNTEER, "2468");
        return person;
    }

    /** A closed time entry, as the timeclock leaves it (minutes rounded by the settings' rule); its id. */
    long worked(String personId, String role, LocalDateTime in, LocalDateTime out, boolean autoClosed) {
        int minutes = settings.rules().round(Duration.between(in, out).toMinutes());
        return volunteers.jdbi().withHandle(h -> h.createUpdate("INSERT INTO volunteers.time_entry (person_id,"
                        + " role_code, checked_in, checked_out, minutes, auto_closed, center_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'main')")
                .bind(0, personId).bind(1, role).bind(2, Timestamp.valueOf(in)).bind(3, Timestamp.valueOf(out))
                .bind(4, minutes).bind(5, autoClosed).executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    /** Sets the clock to this local time in the center's zone. */
    void at(LocalDateTime local) {
        clock.set(local.atZone(ZONE).toInstant());
    }

    int count(String sql) {
        return volunteers.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        database.close();
    }

    /** A module context for view tests, for a coordinator. */
    static ModuleContext coordinator(String personId, Locale locale) {
        Viewer viewer = Viewer.staff(Role.COORDINATOR, personId, "Coordinator");
        return new ModuleContext() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public Viewer viewer() {
                return viewer;
            }

            @Override
            public void finish() {
                // nothing to finish in a test
            }
        };
    }
}
