package org.hearth.signin.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.hearth.api.CountScope;
import org.hearth.api.Person;
import org.hearth.signin.impl.VisitCounts.Grain;
import org.hearth.signin.impl.VisitCounts.Row;
import org.hearth.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The counts for reports against a real Derby: the same numbers as counting every visit, the counts of past
 * periods kept until a change to past visits, and today's period always counted afresh.
 */
@Tag("database")
class VisitCountsTest {

    /** The fixture's today, a Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final SignInFixture f = new SignInFixture();
    private final Set<String> registered = new HashSet<>();

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theCountSourceOffersVisitsPeopleAndNewMembersByPeriod() {
        Person ana = member("Ana", LocalDate.of(2026, 11, 3));
        visitOn(LocalDate.of(2026, 11, 3), Optional.of(ana.id()), EnumSet.noneOf(Purpose.class));
        visitOn(LocalDate.of(2026, 11, 10), Optional.of(ana.id()), EnumSet.noneOf(Purpose.class));
        visitOn(LocalDate.of(2026, 11, 10), Optional.empty(), EnumSet.noneOf(Purpose.class));
        SignInCounts source = new SignInCounts(f.counts);
        LocalDate november = LocalDate.of(2026, 11, 1);

        assertThat(source.measures(java.util.Locale.ENGLISH)).extracting(org.hearth.api.Measure::id)
                .containsExactly(SignInCounts.VISITS, SignInCounts.PEOPLE, SignInCounts.NEW_MEMBERS, SignInCounts.ANONYMOUS);
        assertThat(source.count(SignInCounts.VISITS, november, november, org.hearth.api.Period.MONTH))
                .extracting(c -> c.value().longValue()).containsExactly(3L);
        assertThat(source.count(SignInCounts.PEOPLE, november, november, org.hearth.api.Period.MONTH))
                .extracting(c -> c.value().longValue()).containsExactly(1L);
        assertThat(source.count(SignInCounts.NEW_MEMBERS, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9),
                org.hearth.api.Period.WEEK)).extracting(c -> c.value().longValue()).containsExactly(1L, 0L);
        assertThat(source.count("unknown", november, november, org.hearth.api.Period.MONTH)).isEmpty();
    }

    @Test
    void theCountsAreThoseOfCountingEveryVisitBothWhenMadeAndWhenKept() {
        Random random = new Random(7);
        List<Person> people = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 7, 20); !day.isAfter(TODAY); day = day.plusDays(1)) {
            if (random.nextInt(12) == 0) {
                people.add(member("Member" + people.size(), day));
            }
            for (int i = random.nextInt(5); i > 0; i--) {
                Optional<String> who = people.isEmpty() || random.nextInt(10) < 3 ? Optional.empty()
                        : Optional.of(people.get(random.nextInt(people.size())).id());
                Set<Purpose> why = EnumSet.noneOf(Purpose.class);
                for (int p = random.nextInt(3); p > 0; p--) {
                    why.add(Purpose.values()[random.nextInt(Purpose.values().length)]);
                }
                visitOn(day, who, why);
            }
        }

        for (int look = 0; look < 2; look++) {
            expectSameAsEveryVisit(Grain.DAY, TODAY.minusDays(13), TODAY);
            expectSameAsEveryVisit(Grain.WEEK, Grain.WEEK.start(TODAY).minusWeeks(11), TODAY);
            expectSameAsEveryVisit(Grain.MONTH, Grain.MONTH.start(TODAY).minusMonths(4), TODAY);
            expectSameAsEveryVisit(Grain.WEEK, LocalDate.of(2026, 8, 12), LocalDate.of(2026, 10, 14));
            expectSameAsEveryVisit(Grain.MONTH, LocalDate.of(2026, 7, 25), LocalDate.of(2026, 10, 20));
        }
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count WHERE grain = 'DAY'")).isEqualTo(13);
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count WHERE grain = 'WEEK'"))
                .as("the 14 whole weeks from 17 August to last week").isEqualTo(14);
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count WHERE grain = 'MONTH'")).isEqualTo(4);
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_purpose_count")).isPositive();
    }

    @Test
    void aPastPeriodIsCountedOnceThenKeptUntilAMergeOrADeletionChangesIt() {
        LocalDate day = LocalDate.of(2026, 11, 10);
        Person ann = member("Ann", LocalDate.of(2026, 11, 2));
        Person bea = member("Bea", LocalDate.of(2026, 11, 3));
        visitOn(day, Optional.of(ann.id()), Set.of(Purpose.GROUP));
        visitOn(day, Optional.of(bea.id()), Set.of(Purpose.COMPUTER));
        assertThat(dayOf(day)).isEqualTo(new Row(day, 2, 2, 0, 0, purposes(Purpose.GROUP, 1, Purpose.COMPUTER, 1)));

        insertVisitDirectly(day, "GROUP");
        assertThat(dayOf(day)).as("kept, so the visit written behind its back does not show")
                .isEqualTo(new Row(day, 2, 2, 0, 0, purposes(Purpose.GROUP, 1, Purpose.COMPUTER, 1)));
        assertThat(f.counts.count(Grain.MONTH, LocalDate.of(2026, 11, 1), TODAY).get(0).visits())
                .as("this month includes today: counted afresh").isEqualTo(3);

        f.members.merge(bea.id(), ann.id());
        assertThat(dayOf(day)).isEqualTo(new Row(day, 3, 1, 0, 1, purposes(Purpose.GROUP, 2, Purpose.COMPUTER, 1)));

        insertVisitDirectly(day, "EVENT");
        assertThat(dayOf(day).visits()).as("kept again").isEqualTo(3);

        f.members.forget(ann.id());
        assertThat(dayOf(day))
                .isEqualTo(new Row(day, 4, 0, 0, 4, purposes(Purpose.GROUP, 2, Purpose.COMPUTER, 1, Purpose.EVENT, 1)));
    }

    @Test
    void aCountAskedAgainAtOnceIncludesTheSignInAndTheRegistrationInBetween() {
        assertThat(f.counts.count(Grain.DAY, TODAY, TODAY).get(0).visits()).isZero();
        f.visits.record(Optional.empty(), Set.of(Purpose.GROUP));
        assertThat(f.counts.count(Grain.DAY, TODAY, TODAY).get(0).visits()).isEqualTo(1);
        member("Cal", TODAY);
        assertThat(f.counts.count(Grain.DAY, TODAY, TODAY).get(0).newMembers()).isEqualTo(1);
    }

    @Test
    void deletingAVisitWithTheKeptCountsCountsItNoMore() {
        LocalDate day = LocalDate.of(2026, 11, 10);
        Visit visit = visitOn(day, Optional.empty(), Set.of(Purpose.GROUP));
        visitOn(day, Optional.empty(), Set.of());
        assertThat(dayOf(day).visits()).isEqualTo(2);
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_purpose_count")).isEqualTo(2);

        f.signin.jdbi().useTransaction(h -> {
            VisitCounts.forgetClosedPeriods(h);
            h.execute("DELETE FROM signin.visit WHERE id = ?", visit.id());
        });

        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count")).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_purpose_count")).isZero();
        assertThat(dayOf(day)).isEqualTo(new Row(day, 1, 0, 0, 1, purposes(Purpose.NONE_GIVEN, 1)));
    }

    @Test
    void eachCenterCountsItsOwnAndTheNetworkCountsAPersonOnce() {
        VisitBook north = new VisitBook(f.signin, f.clock, "north");
        VisitBook south = new VisitBook(f.signin, f.clock, "south");
        LocalDate day = LocalDate.of(2026, 11, 10);
        f.clock.set(day.atTime(10, 0).atZone(SignInFixture.ZONE).toInstant());
        north.record(Optional.of("ana"), Set.of(Purpose.GROUP));
        north.record(Optional.of("bea"), Set.of(Purpose.GROUP));
        north.record(Optional.empty(), Set.of());
        south.record(Optional.of("ana"), Set.of(Purpose.COMPUTER));
        south.record(Optional.of("cy"), Set.of(Purpose.COMPUTER));
        f.clock.set(TODAY.atTime(9, 0).atZone(SignInFixture.ZONE).toInstant());
        SignInCounts source = new SignInCounts(f.counts);

        for (int look = 0; look < 2; look++) { // the second look reads the kept counts of each scope
            assertThat(row(CountScope.of("north"), day)).isEqualTo(new Row(day, 3, 2, 0, 1, purposes(Purpose.GROUP, 2,
                    Purpose.NONE_GIVEN, 1)));
            assertThat(row(CountScope.of("south"), day)).isEqualTo(new Row(day, 2, 2, 0, 0, purposes(Purpose.COMPUTER, 2)));
            assertThat(row(CountScope.NETWORK, day)).as("Ana came to both: one person in the network")
                    .isEqualTo(new Row(day, 5, 3, 0, 1, purposes(Purpose.GROUP, 2, Purpose.NONE_GIVEN, 1,
                            Purpose.COMPUTER, 2)));
            assertThat(source.count(SignInCounts.PEOPLE, day, day, org.hearth.api.Period.DAY, CountScope.of("south")))
                    .extracting(c -> c.value().intValue()).containsExactly(2);
        }
        assertThat(f.counts.count(Grain.DAY, day, day)).as("the default center saw nobody that day")
                .extracting(Row::visits).containsExactly(0L);
        assertThat(source.countsByCenter()).isTrue();
    }

    @Test
    void rowsFromBeforeCentersBecomeTheFirstStartingKiosksCenter() {
        LocalDate day = LocalDate.of(2026, 11, 10);
        insertVisitDirectly(day, "GROUP");
        f.signin.jdbi().useHandle(h -> h.execute("UPDATE signin.visit SET center_id = NULL"));
        f.signin.jdbi().useHandle(h -> h.execute("UPDATE signin.visit_purpose SET center_id = NULL"));

        VisitCounts atEast = new VisitCounts(f.signin, f.clock, "east");

        assertThat(atEast.count(Grain.DAY, day, day)).extracting(Row::visits).containsExactly(1L);
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit_purpose WHERE center_id = 'east'")).isEqualTo(1);
        new VisitCounts(f.signin, f.clock, "west");
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit WHERE center_id = 'east'")).as("adopted once").isEqualTo(1);
    }

    private Row row(CountScope scope, LocalDate day) {
        return f.counts.count(Grain.DAY, day, day, scope).get(0);
    }

    @Test
    void todaysPeriodIsAlwaysCountedAfresh() {
        visitOn(LocalDate.of(2026, 11, 23), Optional.empty(), Set.of()); // Monday of this week
        visitOn(LocalDate.of(2026, 11, 2), Optional.empty(), Set.of());
        assertThat(todaysRows()).containsExactly(0L, 1L, 2L);

        f.visits.record(Optional.of("someone"), Set.of(Purpose.EVENT));
        assertThat(todaysRows()).containsExactly(1L, 2L, 3L);
        f.visits.record(Optional.empty(), Set.of());
        assertThat(todaysRows()).containsExactly(2L, 3L, 4L);

        Row month = f.counts.count(Grain.MONTH, LocalDate.of(2026, 11, 1), TODAY).get(0);
        assertThat(month).isEqualTo(new Row(LocalDate.of(2026, 11, 1), 4, 1, 0, 3,
                purposes(Purpose.NONE_GIVEN, 3, Purpose.EVENT, 1)));
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count WHERE grain = 'DAY' AND period_start = '2026-11-25'"
                + " OR grain = 'WEEK' AND period_start = '2026-11-23' OR grain = 'MONTH' AND period_start = '2026-11-01'"))
                .isZero();
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count WHERE grain = 'DAY'")).isEqualTo(13);
    }

    @Test
    void periodsCutByTheRangeCountOnlyTheirDaysWithinItAndAreNotKept() {
        visitOn(LocalDate.of(2026, 11, 2), Optional.empty(), Set.of()); // Monday, before the range
        visitOn(LocalDate.of(2026, 11, 5), Optional.empty(), Set.of());
        visitOn(LocalDate.of(2026, 11, 10), Optional.empty(), Set.of());
        visitOn(LocalDate.of(2026, 11, 13), Optional.empty(), Set.of()); // Friday, after the range

        List<Row> weeks = f.counts.count(Grain.WEEK, LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 11));
        assertThat(weeks).extracting(Row::start).containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9));
        assertThat(weeks).extracting(Row::visits).containsExactly(1L, 1L);
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count")).isZero();

        assertThat(f.counts.count(Grain.WEEK, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 15)))
                .extracting(Row::visits).containsExactly(2L, 2L);
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count")).isEqualTo(2);
    }

    @Test
    void reportsAtTheSameMomentKeepEachPeriodOnceAndAgree() throws Exception {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(TODAY); day = day.plusDays(3)) {
            visitOn(day, Optional.of("person-" + day.getDayOfMonth() % 4), Set.of(Purpose.GROUP));
        }
        List<Row> expected = everyVisit(Grain.MONTH, LocalDate.of(2025, 12, 1), TODAY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Row>>> reports = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                reports.add(pool.submit(() -> {
                    start.await();
                    return f.counts.count(Grain.MONTH, LocalDate.of(2025, 12, 1), TODAY);
                }));
            }
            start.countDown();
            for (Future<List<Row>> report : reports) {
                assertThat(report.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(f.count("SELECT COUNT(*) FROM signin.kept_count")).isEqualTo(11);
    }

    @Test
    void upgradingGivesEveryPurposeItsVisitsDay() {
        try (TestDatabase database = new TestDatabase()) {
            Flyway.configure(getClass().getClassLoader()).dataSource(database.dataSource())
                    .schemas(database.stored("signin")).table(database.stored("schema_history")).locations("classpath:db/migration/signin").target("4").load().migrate();
            var before = org.jdbi.v3.core.Jdbi.create(database.dataSource());
            before.useHandle(h -> {
                for (String day : List.of("2026-10-30", "2026-11-02", "2026-11-02")) {
                    long id = h.createUpdate("INSERT INTO signin.visit (visited_at, visit_day) VALUES (?, ?)")
                            .bind(0, Timestamp.valueOf(day + " 10:00:00")).bind(1, Date.valueOf(day))
                            .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
                    h.execute("INSERT INTO signin.visit_purpose (visit_id, purpose) VALUES (?, 'GROUP'), (?, 'EVENT')",
                            id, id);
                }
            });

            VisitCounts counts = new VisitCounts(new SignInDatabase(database.dataSource(), database.migrator()), f.clock);

            int withTheirDay = before.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM signin.visit_purpose p"
                    + " JOIN signin.visit v ON v.id = p.visit_id WHERE p.visit_day = v.visit_day").mapTo(Integer.class)
                    .one());
            assertThat(withTheirDay).isEqualTo(6);
            assertThat(counts.count(Grain.WEEK, LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 8)))
                    .extracting(Row::byPurpose)
                    .containsExactly(purposes(Purpose.GROUP, 1, Purpose.EVENT, 1),
                            purposes(Purpose.GROUP, 2, Purpose.EVENT, 2));
        }
    }

    // --- helpers ---

    private void expectSameAsEveryVisit(Grain grain, LocalDate from, LocalDate to) {
        assertThat(f.counts.count(grain, from, to)).as("%s %s..%s", grain, from, to)
                .isEqualTo(everyVisit(grain, from, to));
    }

    /** The counts as they were made before any were kept: every visit of the range read and tallied. */
    private List<Row> everyVisit(Grain grain, LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> figures = new TreeMap<>(); // visits, new members, anonymous
        Map<LocalDate, Set<String>> people = new TreeMap<>();
        Map<LocalDate, Map<Purpose, Long>> byPurpose = new TreeMap<>();
        for (LocalDate start = grain.start(from); !start.isAfter(to); start = grain.next(start)) {
            figures.put(start, new long[3]);
            people.put(start, new HashSet<>());
            byPurpose.put(start, new EnumMap<>(Purpose.class));
        }
        f.signin.jdbi().useHandle(h -> {
            h.createQuery("SELECT visit_day, person_id FROM signin.visit WHERE visit_day BETWEEN ? AND ?")
                    .bind(0, Date.valueOf(from)).bind(1, Date.valueOf(to))
                    .map((rs, ctx) -> Map.entry(grain.start(rs.getDate(1).toLocalDate()),
                            Optional.ofNullable(rs.getString(2))))
                    .forEach(e -> {
                        figures.get(e.getKey())[0]++;
                        e.getValue().ifPresentOrElse(people.get(e.getKey())::add, () -> figures.get(e.getKey())[2]++);
                    });
            h.createQuery("SELECT v.visit_day, p.purpose FROM signin.visit v JOIN signin.visit_purpose p"
                            + " ON p.visit_id = v.id WHERE v.visit_day BETWEEN ? AND ?")
                    .bind(0, Date.valueOf(from)).bind(1, Date.valueOf(to))
                    .map((rs, ctx) -> Map.entry(grain.start(rs.getDate(1).toLocalDate()),
                            Purpose.valueOf(rs.getString(2))))
                    .forEach(e -> byPurpose.get(e.getKey()).merge(e.getValue(), 1L, Long::sum));
            h.createQuery("SELECT registered_day FROM signin.member WHERE registered_day BETWEEN ? AND ?")
                    .bind(0, Date.valueOf(from)).bind(1, Date.valueOf(to))
                    .map((rs, ctx) -> grain.start(rs.getDate(1).toLocalDate()))
                    .forEach(start -> figures.get(start)[1]++);
        });
        List<Row> rows = new ArrayList<>();
        figures.forEach((start, n) -> rows.add(new Row(start, n[0], people.get(start).size(), n[1], n[2],
                byPurpose.get(start))));
        return rows;
    }

    /** Today's visits in the day, week and month that include today. */
    private List<Long> todaysRows() {
        return List.of(lastRow(Grain.DAY, TODAY.minusDays(13)), lastRow(Grain.WEEK, LocalDate.of(2026, 9, 7)),
                lastRow(Grain.MONTH, LocalDate.of(2025, 12, 1)));
    }

    private long lastRow(Grain grain, LocalDate from) {
        List<Row> rows = f.counts.count(grain, from, TODAY);
        assertThat(rows.get(rows.size() - 1).start()).isEqualTo(grain.start(TODAY));
        return rows.get(rows.size() - 1).visits();
    }

    /** The row of one past day, looked at as the day report does (the last 14 days). */
    private Row dayOf(LocalDate day) {
        return f.counts.count(Grain.DAY, TODAY.minusDays(20), TODAY).stream()
                .filter(row -> row.start().equals(day)).findFirst().orElseThrow();
    }

    private Person member(String name, LocalDate day) {
        f.clock.set(day.atTime(11, 0).atZone(SignInFixture.ZONE).toInstant());
        try {
            var outcome = f.members.register(new NewMember(name, Optional.empty(), Optional.empty(), Optional.empty(),
                    Tier.PSEUDONYM, Optional.empty()), registered); // close names here are other people
            Person person = ((MemberBook.Outcome.Registered) outcome).person();
            registered.add(person.id());
            return person;
        } finally {
            f.clock.set(TODAY.atTime(9, 0).atZone(SignInFixture.ZONE).toInstant());
        }
    }

    private Visit visitOn(LocalDate day, Optional<String> personId, Set<Purpose> purposes) {
        f.clock.set(day.atTime(10, 0).atZone(SignInFixture.ZONE).toInstant());
        try {
            return f.visits.record(personId, purposes);
        } finally {
            f.clock.set(TODAY.atTime(9, 0).atZone(SignInFixture.ZONE).toInstant());
        }
    }

    @Test
    void visitsRecordedBefore11WithoutAPurposeStayJustVisitingBesideTheNewNoneGiven() {
        LocalDate day = TODAY.minusDays(3);
        insertVisitDirectly(day, "JUST_VISITING"); // what 1.0 recorded for a visit with no purpose
        visitOn(day, Optional.empty(), Set.of());
        assertThat(dayOf(day).byPurpose()).isEqualTo(purposes(Purpose.JUST_VISITING, 1, Purpose.NONE_GIVEN, 1));
    }

    /** A visit written straight into the tables, as no feature does, to see whether counts were kept. */
    private void insertVisitDirectly(LocalDate day, String purpose) {
        f.signin.jdbi().useHandle(h -> {
            long id = h.createUpdate("INSERT INTO signin.visit (visited_at, visit_day, center_id) VALUES (?, ?, 'main')")
                    .bind(0, Timestamp.valueOf(day.atTime(12, 0))).bind(1, Date.valueOf(day))
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            h.execute("INSERT INTO signin.visit_purpose (visit_id, purpose, visit_day, center_id) VALUES (?, ?, ?, 'main')",
                    id, purpose, Date.valueOf(day));
        });
    }

    private static Map<Purpose, Long> purposes(Object... purposeAndCount) {
        Map<Purpose, Long> map = new EnumMap<>(Purpose.class);
        for (int i = 0; i < purposeAndCount.length; i += 2) {
            map.put((Purpose) purposeAndCount[i], ((Integer) purposeAndCount[i + 1]).longValue());
        }
        return map;
    }
}
