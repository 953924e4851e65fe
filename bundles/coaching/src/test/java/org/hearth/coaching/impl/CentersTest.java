package org.hearth.coaching.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hearth.api.Count;
import org.hearth.api.CountScope;
import org.hearth.api.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two centers' hosts, north and south, on one database: each its own pairings and figures, the member's plan one. */
@Tag("database")
class CentersTest {

    private final CoachingFixture f = new CoachingFixture();
    private final Pairings northPairs = new Pairings(f.coachingDb, "north");
    private final Pairings southPairs = new Pairings(f.coachingDb, "south");
    private final PlanBook northPlans = new PlanBook(f.coachingDb, "north");
    private final PlanBook southPlans = new PlanBook(f.coachingDb, "south");
    private final ContactBook northContacts = new ContactBook(f.coachingDb, "north");
    private final ContactBook southContacts = new ContactBook(f.coachingDb, "south");

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void eachCenterSeesOnlyItsOwnPairingsAndCallsWhileTheMembersPlanIsOne() {
        String ana = f.member("Ana");
        String bo = f.member("Bo");
        String cleo = f.coach("Cleo");
        String dan = f.coach("Dan");
        long anaNorth = northPairs.pair(ana, cleo, f.today());
        long boSouth = southPairs.pair(bo, cleo, f.today());
        northPairs.agree(anaNorth, 30, true);
        southPairs.agree(boSouth, 30, true);

        assertThat(northPairs.ofCoach(cleo)).extracting(Pairing::memberId).containsExactly(ana);
        assertThat(southPairs.ofCoach(cleo)).extracting(Pairing::memberId).containsExactly(bo);
        assertThat(f.pairings.ofCoach(cleo)).as("the default center has none").isEmpty();
        CheckupCalls northCalls = new CheckupCalls(f.coachingDb, northPairs);
        CheckupCalls southCalls = new CheckupCalls(f.coachingDb, southPairs);
        assertThat(northCalls.due(f.today())).extracting(CheckupCalls.ToCall::memberId).containsExactly(ana);
        assertThat(southCalls.due(f.today())).extracting(CheckupCalls.ToCall::memberId).containsExactly(bo);
        assertThatThrownBy(() -> southCalls.record(ana, dan, f.today(), true, "Doing well"))
                .as("Ana's calls are north's").hasMessage("error.access");

        southPairs.pair(ana, dan, f.today());
        assertThat(northPairs.ofMember(ana)).as("her own pairings, wherever").hasSize(2);
        assertThatThrownBy(() -> southPairs.pair(ana, f.coach("Eve"), f.today())).as("two coaches across the network")
                .hasMessage("error.pair.two");
        northPlans.save(f.plan(ana, cleo, "Cooking"), 0, f.today());
        assertThat(southPlans.current(ana)).map(Plan::strengths).contains("Cooking");
        northContacts.add(new Contact(0, ana, cleo, f.today(), ContactKind.PHONE, 20, "Good week", "Call Friday"),
                f.today());
        assertThat(southContacts.ofMember(ana)).as("her notes, wherever written").hasSize(1);
    }

    @Test
    void eachCenterCountsItsOwnAndTheNetworkCountsAMemberOnce() {
        String ana = f.member("Ana");
        String bo = f.member("Bo");
        northPlans.save(f.plan(ana, "c", "first"), 0, f.today());
        Plan p = southPlans.current(ana).orElseThrow();
        southPlans.save(new Plan(ana, 0, p.strengths(), p.whatMatters(), p.supports(), p.goals(), p.nextReview(),
                f.today(), true, "d"), 1, f.today());
        southPlans.save(f.plan(bo, "d", "bo's"), 0, f.today());
        contact(northContacts, ana, ContactKind.PHONE);
        contact(southContacts, ana, ContactKind.PHONE);
        contact(southContacts, bo, ContactKind.IN_PERSON);
        CoachingCounts counts = new CoachingCounts(f.coachingDb);

        assertThat(counts.countsByCenter()).isTrue();
        expect(counts, CoachingCounts.PLANS, 1, 2, 2);
        expect(counts, CoachingCounts.CONTACTS, 1, 2, 3);
        expect(counts, CoachingCounts.CONTACTS + ".phone", 1, 1, 2);
        expect(counts, CoachingCounts.REVIEWS, 0, 1, 1);
        assertThat(total(counts, CoachingCounts.PLANS, CountScope.of("main"))).isZero();
        assertThat(total(counts.count(CoachingCounts.PLANS, december(), december(), Period.MONTH)))
                .as("without a scope: the network").isEqualTo(2);
    }

    @Test
    void rowsFromBeforeCentersBecomeTheFirstStartingKiosksCenter() {
        String ana = f.member("Ana");
        String cleo = f.coach("Cleo");
        f.pairings.pair(ana, cleo, f.today());
        f.plans.save(f.plan(ana, cleo, "kept"), 0, f.today());
        contact(f.contacts, ana, ContactKind.TEXT);
        List<String> tables = List.of("pairing", "plan_version", "contact");
        f.coachingDb.jdbi().useHandle(h -> tables.forEach(t -> h.execute("UPDATE coaching." + t + " SET center_id = NULL")));

        Pairings east = new Pairings(f.coachingDb, "east");

        assertThat(east.ofCoach(cleo)).extracting(Pairing::memberId).containsExactly(ana);
        for (String table : tables) {
            assertThat(f.count("SELECT COUNT(*) FROM coaching." + table + " WHERE center_id = 'east'")).as(table)
                    .isEqualTo(1);
        }
        assertThat(new Pairings(f.coachingDb, "west").ofCoach(cleo)).as("adopted once").isEmpty();
        assertThat(total(new CoachingCounts(f.coachingDb), CoachingCounts.CONTACTS, CountScope.of("east"))).isEqualTo(1);
    }

    private void contact(ContactBook book, String member, ContactKind how) {
        book.add(new Contact(0, member, "c", f.today(), how, 30, "Proud of the week", "Call Friday"), f.today());
    }

    private void expect(CoachingCounts counts, String measure, long north, long south, long network) {
        assertThat(total(counts, measure, CountScope.of("north"))).as(measure + " at north").isEqualTo(north);
        assertThat(total(counts, measure, CountScope.of("south"))).as(measure + " at south").isEqualTo(south);
        assertThat(total(counts, measure, CountScope.NETWORK)).as(measure + " in the network").isEqualTo(network);
    }

    private long total(CoachingCounts counts, String measure, CountScope scope) {
        return total(counts.count(measure, december(), december(), Period.MONTH, scope));
    }

    private LocalDate december() {
        return f.today().withDayOfMonth(1);
    }

    private static long total(List<Count> counts) {
        return counts.stream().filter(c -> c.kind().isEmpty()).mapToLong(c -> c.value().longValueExact()).sum();
    }
}
