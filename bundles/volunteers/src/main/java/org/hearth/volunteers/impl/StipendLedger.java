package org.hearth.volunteers.impl;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Centers;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stipend ledger: rows are only ever added (a correction is a new entry). An accrual comes from approved
 * hours by the role's rule; adjustments carry a reason and who made them; an approval approves the person's whole
 * accrued balance for payment; a payment never exceeds the approved unpaid balance. Approvals and payments take
 * the ledger's table lock, so two coordinators never approve or pay the same money twice. Thread-safe.
 *
 * <p>A person's ledger is one across the centers of a network: it is their own money, the yearly guardrails are the
 * person's (not a center's), and an approval approves the whole accrued balance. Each entry records the center where
 * it was made, so a center's coordinator lists the people it dealt with, its bookkeeper exports its own entries, and
 * its figures count them.
 */
@Component(service = StipendLedger.class, immediate = true)
public class StipendLedger {

    static final int MAX_REASON = 300;
    private static final Logger LOG = LoggerFactory.getLogger(StipendLedger.class);
    private static final String SELECT = "SELECT s.id, s.person_id, s.entry_kind, s.amount_cents, s.entry_day,"
            + " s.time_entry_id, s.method, s.reason, s.recorded_by, s.recorded_at, t.role_code, t.minutes"
            + " FROM volunteers.stipend_entry s LEFT JOIN volunteers.time_entry t ON t.id = s.time_entry_id";

    /** A person's balances: accrued not yet approved, approved not yet paid, and paid this calendar year. */
    record Balance(String personId, long accrued, long approvedUnpaid, long paidThisYear) {
    }

    private final Jdbi jdbi;
    private final StipendRules rules;
    private final Clock clock;
    private final String here;

    @Activate
    public StipendLedger(@Reference VolunteersDatabase database, @Reference StipendRules rules,
                         @Reference Clock clock, @Reference Centers centers) {
        this(database, rules, clock, centers.here().id());
    }

    /** For tests: a single kiosk at the default center. */
    public StipendLedger(VolunteersDatabase database, StipendRules rules, Clock clock) {
        this(database, rules, clock, CenterRows.DEFAULT);
    }

    /** The ledger as kept at center {@code here}. */
    StipendLedger(VolunteersDatabase database, StipendRules rules, Clock clock, String here) {
        this.jdbi = database.jdbi();
        this.rules = rules;
        this.clock = clock;
        this.here = here;
        CenterRows.adopt(jdbi, here);
    }

    /** The id of this host's center. */
    String center() {
        return here;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    StipendRules rules() {
        return rules;
    }

    /**
     * Adds the accrual for hours being approved, inside the approval's transaction {@code h}; the amount, or empty
     * when the role has no rule, the hours earn nothing, or the person is no longer on record.
     */
    Optional<Long> accrue(Handle h, TimeEntry entry, int minutes, String by) {
        StipendRules.Settings settings = rules.settings();
        Optional<StipendRules.Rule> rule = settings.rule(entry.roleCode());
        long cents = rule.map(r -> r.cents(minutes, settings.rounding())).orElse(0L);
        if (cents <= 0 || entry.personId().isEmpty()) {
            return Optional.empty();
        }
        insert(h, entry.personId().get(), LedgerEntry.Kind.ACCRUAL, cents, entry.checkedIn().toLocalDate(),
                entry.id(), null, null, by);
        return Optional.of(cents);
    }

    /**
     * Adds an adjustment (plus or minus) with its reason.
     *
     * @throws Refusal {@code error.stipend.amount} for zero or over 10,000, {@code error.stipend.reason} without one
     */
    void adjust(String personId, long cents, String reason, String by) {
        if (cents == 0 || Math.abs(cents) > Money.MOST_CENTS) {
            throw new Refusal("error.stipend.amount");
        }
        String why = reason(reason);
        jdbi.useTransaction(h -> insert(h, personId, LedgerEntry.Kind.ADJUSTMENT, cents, today(), null, null, why, by));
        LOG.info("Stipend adjustment recorded");
    }

    /**
     * Approves the person's whole accrued balance for payment; the amount approved.
     *
     * @throws Refusal {@code error.stipend.nothing} when nothing (or less than nothing) waits for approval
     */
    long approve(String personId, String by) {
        return jdbi.inTransaction(h -> {
            lock(h);
            long accrued = balance(h, personId).accrued();
            if (accrued <= 0) {
                throw new Refusal("error.stipend.nothing");
            }
            insert(h, personId, LedgerEntry.Kind.APPROVAL, accrued, today(), null, null, null, by);
            return accrued;
        });
    }

    /**
     * Records a payment made on {@code day}.
     *
     * @throws Refusal {@code error.stipend.amount} for nothing or over 10,000, {@code error.stipend.future} for a
     *                 later day, {@code error.stipend.over} for more than the approved unpaid balance
     */
    void pay(String personId, long cents, LocalDate day, LedgerEntry.Method method, String by) {
        if (cents <= 0 || cents > Money.MOST_CENTS) {
            throw new Refusal("error.stipend.amount");
        }
        if (day.isAfter(today()) || day.isBefore(today().minusYears(2))) {
            throw new Refusal("error.stipend.day");
        }
        jdbi.useTransaction(h -> {
            lock(h);
            long unpaid = balance(h, personId).approvedUnpaid();
            if (cents > unpaid) {
                throw new Refusal("error.stipend.over", Money.plain(Math.max(unpaid, 0)));
            }
            insert(h, personId, LedgerEntry.Kind.PAYMENT, cents, day, null, method, null, by);
        });
    }

    Balance balance(String personId) {
        return jdbi.withHandle(h -> balance(h, personId));
    }

    /** Everyone with rows in the ledger at this center (deleted people left out), each with their whole balance. */
    List<Balance> balances() {
        return jdbi.withHandle(h -> h.createQuery(BALANCES + " WHERE person_id IN (SELECT person_id FROM"
                        + " volunteers.stipend_entry WHERE center_id = ?) GROUP BY person_id")
                .bind(0, Date.valueOf(today().withDayOfYear(1))).bind(1, Date.valueOf(today().withDayOfYear(1).plusYears(1)))
                .bind(2, here)
                .map((rs, ctx) -> new Balance(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list());
    }

    /** The sum of one kind of entry for the person over days from {@code from} to {@code to}. */
    long sum(String personId, LedgerEntry.Kind kind, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(amount_cents), 0) FROM volunteers.stipend_entry"
                        + " WHERE person_id = ? AND entry_kind = ? AND entry_day >= ? AND entry_day <= ?")
                .bind(0, personId).bind(1, kind.name()).bind(2, Date.valueOf(from)).bind(3, Date.valueOf(to))
                .mapTo(Long.class).one());
    }

    /** The highest hourly rate, in cents, that the person's accruals over these days came to. */
    Optional<Long> topRate(String personId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(s.amount_cents * 60 / t.minutes) FROM"
                        + " volunteers.stipend_entry s JOIN volunteers.time_entry t ON t.id = s.time_entry_id"
                        + " WHERE s.person_id = ? AND s.entry_kind = 'ACCRUAL' AND t.minutes > 0"
                        + " AND s.entry_day >= ? AND s.entry_day <= ?")
                .bind(0, personId).bind(1, Date.valueOf(from)).bind(2, Date.valueOf(to))
                .mapTo(Long.class).findOne());
    }

    /** The person's entries for days from {@code from} to {@code to}, in order. */
    List<LedgerEntry> entries(String personId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery(SELECT
                        + " WHERE s.person_id = ? AND s.entry_day >= ? AND s.entry_day <= ? ORDER BY s.entry_day, s.id")
                .bind(0, personId).bind(1, Date.valueOf(from)).bind(2, Date.valueOf(to))
                .map(StipendLedger::entry).list());
    }

    /** The entries made at this center for days from {@code from} to {@code to}, in order (deleted people's too). */
    List<LedgerEntry> entries(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery(SELECT
                        + " WHERE s.center_id = ? AND s.entry_day >= ? AND s.entry_day <= ? ORDER BY s.entry_day, s.id")
                .bind(0, here).bind(1, Date.valueOf(from)).bind(2, Date.valueOf(to)).map(StipendLedger::entry).list());
    }

    private static final String BALANCES = "SELECT person_id,"
            + " COALESCE(SUM(CASE WHEN entry_kind = 'APPROVAL' THEN -amount_cents WHEN entry_kind = 'PAYMENT' THEN 0"
            + " ELSE amount_cents END), 0),"
            + " COALESCE(SUM(CASE WHEN entry_kind = 'APPROVAL' THEN amount_cents WHEN entry_kind = 'PAYMENT'"
            + " THEN -amount_cents ELSE 0 END), 0),"
            + " COALESCE(SUM(CASE WHEN entry_kind = 'PAYMENT' AND entry_day >= ? AND entry_day < ? THEN amount_cents"
            + " ELSE 0 END), 0) FROM volunteers.stipend_entry";

    private Balance balance(Handle h, String personId) {
        LocalDate year = today().withDayOfYear(1);
        return h.createQuery(BALANCES + " WHERE person_id = ? GROUP BY person_id").bind(0, Date.valueOf(year))
                .bind(1, Date.valueOf(year.plusYears(1))).bind(2, personId)
                .map((rs, ctx) -> new Balance(personId, rs.getLong(2), rs.getLong(3), rs.getLong(4))).findFirst()
                .orElse(new Balance(personId, 0, 0, 0));
    }

    /** Serialises approvals and payments (both engines accept this statement); released at commit. */
    private static void lock(Handle h) {
        h.execute("LOCK TABLE volunteers.stipend_entry IN EXCLUSIVE MODE");
    }

    private void insert(Handle h, String personId, LedgerEntry.Kind kind, long cents, LocalDate day, Long timeEntry,
                        LedgerEntry.Method method, String reason, String by) {
        h.createUpdate("INSERT INTO volunteers.stipend_entry (person_id, entry_kind, amount_cents, entry_day,"
                        + " time_entry_id, method, reason, recorded_by, recorded_at, center_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, personId).bind(1, kind.name()).bind(2, cents).bind(3, Date.valueOf(day)).bind(4, timeEntry)
                .bind(5, method == null ? null : method.name()).bind(6, reason).bind(7, by)
                .bind(8, Timestamp.valueOf(LocalDateTime.now(clock))).bind(9, here).execute();
    }

    static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new Refusal("error.stipend.reason");
        }
        return why;
    }

    private static LedgerEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        long timeEntry = rs.getLong(6);
        Optional<Long> timeEntryId = rs.wasNull() ? Optional.empty() : Optional.of(timeEntry);
        return new LedgerEntry(rs.getLong(1), Optional.ofNullable(rs.getString(2)),
                LedgerEntry.Kind.valueOf(rs.getString(3)), rs.getLong(4), rs.getDate(5).toLocalDate(), timeEntryId,
                Optional.ofNullable(rs.getString(7)).map(LedgerEntry.Method::valueOf), Optional.ofNullable(rs.getString(8)),
                Optional.ofNullable(rs.getString(9)), rs.getTimestamp(10).toLocalDateTime(),
                Optional.ofNullable(rs.getString(11)), Optional.ofNullable((Integer) rs.getObject(12, Integer.class)));
    }
}
