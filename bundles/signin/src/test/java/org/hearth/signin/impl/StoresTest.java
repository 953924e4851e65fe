package org.hearth.signin.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hearth.api.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stores against a real Derby with the real platform: members, visits, talk requests, counts. */
@Tag("database")
class StoresTest {

    private final SignInFixture f = new SignInFixture();

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static NewMember draft(String name, String initial, Tier tier) {
        return new NewMember(name, Optional.ofNullable(initial), Optional.of("es"), Optional.of(HowHeard.ANOTHER_MEMBER),
                tier, Optional.of("555-0100"));
    }

    @Test
    void aFirstVisitKeepsTheChoicesAndOnlyWhatTheTierAllows() {
        var outcome = f.members.register(draft("Rosa", "M", Tier.NAMED), Set.of());
        Person rosa = ((MemberBook.Outcome.Registered) outcome).person();
        assertThat(f.people.find(rosa.id()).orElseThrow().preferredLanguage()).contains("es");
        MemberInfo info = f.members.find(rosa.id()).orElseThrow();
        assertThat(info.tier()).isEqualTo(Tier.NAMED);
        assertThat(info.howHeard()).contains(HowHeard.ANOTHER_MEMBER);
        assertThat(info.contact()).as("only named-and-contact keeps a contact").isEmpty();

        var contact = (MemberBook.Outcome.Registered) f.members.register(draft("Ana", null, Tier.NAMED_CONTACT), Set.of());
        assertThat(f.members.find(contact.person().id()).orElseThrow().contact()).contains("555-0100");
    }

    @Test
    void countOnlyKeepsNoRecordAtAll() {
        assertThat(f.members.register(draft("Sam", null, Tier.COUNT_ONLY), Set.of()))
                .isInstanceOf(MemberBook.Outcome.CountOnly.class);
        assertThat(f.people.findByNamePrefix("Sam", 5)).isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM signin.member")).isZero();
    }

    @Test
    void aCloseNameAsksBeforeCreatingATwinAndCreatesOneOnlyWhenTold() {
        Person john = ((MemberBook.Outcome.Registered) f.members.register(draft("John", "R", Tier.NAMED), Set.of())).person();

        var again = f.members.register(draft("johnny", "r", Tier.PSEUDONYM), Set.of());
        assertThat(again).isInstanceOf(MemberBook.Outcome.CloseMatches.class);
        assertThat(((MemberBook.Outcome.CloseMatches) again).matches()).extracting(Person::id).containsExactly(john.id());
        assertThat(f.people.findByNamePrefix("joh", 10)).hasSize(1);

        var twin = f.members.register(draft("johnny", "r", Tier.PSEUDONYM), Set.of(john.id()));
        assertThat(twin).isInstanceOf(MemberBook.Outcome.Registered.class);
        assertThat(f.people.findByNamePrefix("joh", 10)).hasSize(2);
        assertThat(f.members.register(draft("Johan", "S", Tier.NAMED), Set.of()))
                .as("same first letters but another initial is not close").isInstanceOf(MemberBook.Outcome.Registered.class);
    }

    @Test
    void twoKiosksRegisteringTheSameNameAtOnceDoNotCreateTwins() throws Exception {
        ExecutorService kiosks = Executors.newFixedThreadPool(2);
        try {
            for (String name : List.of("Dana", "Eli", "Frankie", "Gus", "Hope")) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<MemberBook.Outcome>> results = new ArrayList<>();
                for (int kiosk = 0; kiosk < 2; kiosk++) {
                    results.add(kiosks.submit(() -> {
                        start.await();
                        return f.members.register(draft(name, "K", Tier.NAMED), Set.of());
                    }));
                }
                start.countDown();
                List<MemberBook.Outcome> outcomes = new ArrayList<>();
                for (Future<MemberBook.Outcome> result : results) {
                    outcomes.add(result.get(60, TimeUnit.SECONDS));
                }
                assertThat(outcomes).filteredOn(o -> o instanceof MemberBook.Outcome.Registered).hasSize(1);
                assertThat(outcomes).filteredOn(o -> o instanceof MemberBook.Outcome.CloseMatches).hasSize(1);
                assertThat(f.people.findByNamePrefix(name, 10)).hasSize(1);
            }
            assertThat(f.count("SELECT COUNT(*) FROM signin.member")).isEqualTo(5);
        } finally {
            kiosks.shutdownNow();
        }
    }

    /** The duplicate check compares names by its own rule, so it must also fetch them by it. */
    @Test
    void punctuationSpacesAndAccentsDoNotHideACloseName() {
        List<List<String>> pairs = List.of(List.of("O'Brien", "OBrien"), List.of("ODonnell", "O\u2019Donnell"),
                List.of("D Angelo", "Dangelo"), List.of("J.R.", "JR"), List.of("José", "Jose"), List.of("Ángel", "Angel"),
                List.of("Mary-Ann", "Maryann"));
        for (List<String> pair : pairs) {
            Person first = ((MemberBook.Outcome.Registered) f.members.register(draft(pair.get(0), null, Tier.NAMED),
                    Set.of())).person();
            var second = f.members.register(draft(pair.get(1), null, Tier.NAMED), Set.of());
            assertThat(second).as(pair.toString()).isInstanceOf(MemberBook.Outcome.CloseMatches.class);
            assertThat(((MemberBook.Outcome.CloseMatches) second).matches()).extracting(Person::id).containsExactly(first.id());
        }
        assertThat(f.count("SELECT COUNT(*) FROM signin.member")).isEqualTo(pairs.size());
    }

    @Test
    void badNamesAreRefusedKindlyOrKeptExactly() {
        assertThatThrownBy(() -> f.members.register(draft("   ", null, Tier.NAMED), Set.of())).hasMessage("error.name.empty");
        assertThatThrownBy(() -> f.members.register(draft("x".repeat(10_000), null, Tier.NAMED), Set.of()))
                .hasMessage("error.name.long");
        assertThatThrownBy(() -> f.members.register(draft("Ann", "ABCDE", Tier.NAMED), Set.of()))
                .hasMessage("error.initial.long");
        for (String name : List.of("Robert'); DROP TABLE signin.visit;--", "<script>alert(1)</script>", "😀 Sunny",
                "מרים", "100%_off\\")) {
            var outcome = f.members.register(draft(name, null, Tier.PSEUDONYM), Set.of());
            Person person = ((MemberBook.Outcome.Registered) outcome).person();
            assertThat(f.people.find(person.id()).orElseThrow().chosenName()).isEqualTo(name);
        }
        assertThat(f.people.findByNamePrefix("100%", 5)).hasSize(1);
        assertThat(f.people.findByNamePrefix("_00", 5)).as("no LIKE wildcard").isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM signin.member")).isEqualTo(5);
    }

    @Test
    void deletingAMemberKeepsTheirVisitsOnlyAsAnonymousCounts() {
        Person ann = ((MemberBook.Outcome.Registered) f.members.register(draft("Ann", null, Tier.NAMED), Set.of())).person();
        f.visits.record(Optional.of(ann.id()), Set.of(Purpose.COMPUTER));
        f.visits.record(Optional.empty(), Set.of());

        f.members.forget(ann.id());

        assertThat(f.people.find(ann.id())).isEmpty();
        assertThat(f.members.find(ann.id())).isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit WHERE person_id IS NULL")).isEqualTo(2);
        assertThat(f.visits.countToday()).isEqualTo(2);
    }

    @Test
    void aPersonDeletedOrMergedElsewhereIsForgottenOrMovedBySignInToo() {
        PersonListener listener = new PersonListener(f.members);
        Person ann = ((MemberBook.Outcome.Registered) f.members.register(draft("Ann", null, Tier.NAMED), Set.of())).person();
        Person bo = ((MemberBook.Outcome.Registered) f.members.register(draft("Bo", null, Tier.NAMED), Set.of())).person();
        Person bea = ((MemberBook.Outcome.Registered) f.members.register(draft("Bea", null, Tier.NAMED), Set.of())).person();
        f.visits.record(Optional.of(ann.id()), Set.of(Purpose.COMPUTER));
        f.visits.record(Optional.of(bo.id()), Set.of(Purpose.COMPUTER));

        listener.handleEvent(new org.osgi.service.event.Event(org.hearth.api.HearthTopics.PERSON_DELETED,
                java.util.Map.of(org.hearth.api.HearthTopics.PERSON_ID, ann.id())));
        listener.handleEvent(new org.osgi.service.event.Event(org.hearth.api.HearthTopics.PERSON_MERGED,
                java.util.Map.of(org.hearth.api.HearthTopics.PERSON_ID, bea.id(),
                        org.hearth.api.HearthTopics.MERGED_ID, bo.id())));

        assertThat(f.members.find(ann.id())).isEmpty();
        assertThat(f.members.find(bo.id())).isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit WHERE person_id IS NULL")).isEqualTo(1);
        assertThat(f.visits.countToday()).isEqualTo(2);
        assertThat(f.visits.visitsOf(bea.id())).hasSize(1);
        assertThat(f.visits.visitsOf(bo.id())).isEmpty();
    }

    @Test
    void mergingMovesTheDuplicatesVisitsThenDeletesIt() {
        Person keep = ((MemberBook.Outcome.Registered) f.members.register(draft("Lee", null, Tier.NAMED), Set.of())).person();
        Person twin = ((MemberBook.Outcome.Registered) f.members.register(draft("Lee", null, Tier.NAMED),
                Set.of(keep.id()))).person();
        f.visits.record(Optional.of(twin.id()), Set.of(Purpose.GROUP));
        f.clock.set(Instant.parse("2026-11-26T15:00:00Z"));
        f.visits.record(Optional.of(twin.id()), Set.of(Purpose.EVENT));

        assertThat(f.members.merge(twin.id(), keep.id())).isEqualTo(2);

        assertThat(f.visits.visitsOf(keep.id())).hasSize(2);
        assertThat(f.people.find(twin.id())).isEmpty();
        assertThat(f.members.find(twin.id())).isEmpty();
        assertThatThrownBy(() -> f.members.merge(keep.id(), keep.id())).hasMessage("error.merge.same");
    }

    @Test
    void membersAreInTheBuildingOnceUntilSignedOutOrClosingTime() {
        Person kim = ((MemberBook.Outcome.Registered) f.members.register(draft("Kim", null, Tier.NAMED), Set.of())).person();
        f.visits.record(Optional.of(kim.id()), Set.of());
        f.visits.record(Optional.of(kim.id()), Set.of(Purpose.GROUP), Optional.of("group:1"));
        f.visits.record(Optional.empty(), Set.of());
        assertThat(f.visits.inBuilding()).hasSize(1);
        assertThat(f.visits.inBuilding().get(0).reference()).contains("group:1");
        assertThat(f.visits.today()).isEqualTo(new VisitBook.TodayCounts(3, 2, 1, 1));

        assertThat(f.visits.signOutAfterClosing(LocalTime.of(21, 0))).as("09:00 is before closing").isZero();
        f.clock.set(Instant.parse("2026-11-26T03:30:00Z")); // 21:30 in Chicago
        assertThat(f.visits.signOutAfterClosing(LocalTime.of(21, 0))).isEqualTo(1);
        assertThat(f.visits.inBuilding()).isEmpty();
        assertThat(f.visits.visitsOf(kim.id()).get(0).signedOutAt()).contains(Instant.parse("2026-11-26T03:00:00Z"));
    }

    @Test
    void staffSignOutOneVisit() {
        Visit visit = f.visits.record(Optional.of("someone"), Set.of());
        assertThat(f.visits.signOut(visit.id())).isTrue();
        assertThat(f.visits.signOut(visit.id())).isFalse();
        assertThat(f.visits.inBuilding()).isEmpty();
    }

    @Test
    void aTalkRequestKeepsANameOnlyUntilAnswered() {
        TalkRequests.Request anonymous = f.talk.ask(Optional.of("   "));
        TalkRequests.Request named = f.talk.ask(Optional.of("Pat"));
        assertThat(anonymous.name()).isEmpty();
        assertThat(f.talk.countOpen()).isEqualTo(2);
        assertThat(f.talk.open()).extracting(TalkRequests.Request::name).containsExactly(Optional.empty(), Optional.of("Pat"));

        assertThat(f.talk.answer(named.id(), "staff-1")).isTrue();
        assertThat(f.talk.answer(named.id(), "staff-1")).isFalse();
        assertThat(f.talk.countOpen()).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM signin.talk_request WHERE visitor_name IS NOT NULL")).isZero();
        assertThatThrownBy(() -> f.talk.ask(Optional.of("y".repeat(10_000)))).hasMessage("error.name.long");
    }

    @Test
    void countsAreByPeriodWithUnduplicatedPeopleNewMembersAndPurposes() {
        Person a = ((MemberBook.Outcome.Registered) f.members.register(draft("Avery", null, Tier.NAMED), Set.of())).person();
        f.visits.record(Optional.of(a.id()), EnumSet.of(Purpose.GROUP, Purpose.EMOTIONAL_SUPPORT));
        f.visits.record(Optional.of(a.id()), Set.of(Purpose.GROUP));
        f.visits.record(Optional.empty(), Set.of());
        f.clock.set(Instant.parse("2026-11-30T15:00:00Z")); // the next Monday
        f.visits.record(Optional.of(a.id()), Set.of(Purpose.COMPUTER));

        List<VisitCounts.Row> weeks = f.counts.count(VisitCounts.Grain.WEEK, LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 30));
        assertThat(weeks).hasSize(2);
        VisitCounts.Row first = weeks.get(0);
        assertThat(first.start()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(List.of(first.visits(), first.people(), first.newMembers(), first.anonymous())).containsExactly(3L, 1L, 1L, 1L);
        assertThat(first.byPurpose()).containsEntry(Purpose.GROUP, 2L).containsEntry(Purpose.NONE_GIVEN, 1L);
        assertThat(weeks.get(1).visits()).isEqualTo(1);

        List<VisitCounts.Row> months = f.counts.count(VisitCounts.Grain.MONTH, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30));
        assertThat(months).singleElement().satisfies(m -> assertThat(m.people()).isEqualTo(1));
        assertThat(f.counts.count(VisitCounts.Grain.DAY, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 26)))
                .extracting(VisitCounts.Row::visits).containsExactly(0L, 3L, 0L);
    }

    @Test
    void theMigrationsAreApplied() throws java.io.IOException {
        long shipped;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration/signin"))) {
            shipped = files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertThat(shipped).isGreaterThanOrEqualTo(5);
        assertThat((long) f.count("SELECT COUNT(*) FROM signin.schema_history WHERE \"success\" = TRUE"
                + " AND \"version\" IS NOT NULL")).isEqualTo(shipped);
    }

    @Test
    void otherFeaturesLearnOnlyWhetherAMemberChoseToBeNamedOrContacted() {
        SignInChoices choices = new SignInChoices(f.members);
        String named = ((MemberBook.Outcome.Registered) f.members.register(draft("Nia", null, Tier.NAMED), Set.of()))
                .person().id();
        String contact = ((MemberBook.Outcome.Registered) f.members.register(draft("Ola", null, Tier.NAMED_CONTACT),
                Set.of())).person().id();
        String pseudonym = ((MemberBook.Outcome.Registered) f.members.register(draft("Pip", null, Tier.PSEUDONYM),
                Set.of())).person().id();
        String staff = f.people.register("Staff", Optional.empty(), Optional.empty()).id();
        assertThat(choices.choseToBeNamed(named)).isTrue();
        assertThat(choices.welcomesContact(named)).isFalse();
        assertThat(choices.choseToBeNamed(contact)).isTrue();
        assertThat(choices.welcomesContact(contact)).isTrue();
        assertThat(choices.contactDetail(contact)).contains("555-0100");
        assertThat(choices.contactDetail(named)).isEmpty();
        assertThat(choices.choseToBeNamed(pseudonym)).isFalse();
        assertThat(choices.choseToBeNamed(staff)).isFalse();
    }
}
