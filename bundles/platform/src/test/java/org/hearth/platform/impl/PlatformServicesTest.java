package org.hearth.platform.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Account;
import org.hearth.api.Accounts;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** People, accounts and the audit log against a real (in-memory) Derby with the real migrations. */
@Tag("database")
class PlatformServicesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final PlatformDatabase db = new PlatformDatabase();
    private final JdbcPeopleDirectory people = db.people(clock);
    private final JdbcAccounts accounts = new JdbcAccounts(db.schema, clock, people);
    private final JdbcAuditLog audit = new JdbcAuditLog(db.schema, clock);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void migratingTwiceAppliesNothingTheSecondTime() {
        assertThat(db.migrator.migrate(PlatformSchema.class, "platform")).isZero();
    }

    @Test
    void aPersonIsFoundByIdKeyTagAndNamePrefixButNotByLikeWildcards() {
        Person jo = people.register("  Jo Ann ", Optional.of("R"), Optional.of("es"));
        people.register("Joseph", Optional.empty(), Optional.empty());
        people.assignKeyTag(jo.id(), Optional.of("K-0042"));

        assertThat(people.find(jo.id())).map(Person::chosenName).contains("Jo Ann");
        assertThat(people.findByKeyTag("K-0042")).map(Person::id).contains(jo.id());
        assertThat(people.findByNamePrefix("jo", 10)).hasSize(2);
        assertThat(people.findByNamePrefix("JO A", 10)).extracting(Person::id).containsExactly(jo.id());
        assertThat(people.findByNamePrefix("%", 10)).isEmpty();
        assertThat(people.findByNamePrefix("_o", 10)).isEmpty();
        assertThat(people.findByNamePrefix("jo", 1)).hasSize(1);
    }

    @Test
    void staffFindANameByAnyPartOfItEmojiIncludedVisitorsOnlyByItsStart() {
        Person sunny = people.register("\uD83C\uDF3B Sunny \uD83C\uDF08", Optional.empty(), Optional.empty());
        Person sunita = people.register("Sunita", Optional.empty(), Optional.empty());
        Person ansun = people.register("Ansun", Optional.empty(), Optional.empty());
        assertThat(people.findByNamePart("Sunny", 10)).extracting(Person::id).containsExactly(sunny.id());
        assertThat(people.findByNamePart("unny", 10)).extracting(Person::id).containsExactly(sunny.id());
        assertThat(people.findByNamePart("\uD83C\uDF3B", 10)).extracting(Person::id).containsExactly(sunny.id());
        assertThat(people.findByNamePart("\uD83C\uDF08", 10)).extracting(Person::id).containsExactly(sunny.id());
        assertThat(people.findByNamePart("SUN", 10)).as("names starting with it first").extracting(Person::id)
                .containsExactly(sunita.id(), sunny.id(), ansun.id());
        assertThat(people.findByNamePart("%", 10)).isEmpty();
        assertThat(people.findByNamePart("sun", 1)).hasSize(1);
        assertThat(people.findByNamePrefix("unny", 10)).isEmpty();
        assertThat(people.findByNamePrefix("\uD83C\uDF3B", 10)).isEmpty();
    }

    @Test
    void typingWithoutAccentsFindsANameWithThem() {
        Person angel = people.register("Ángel", Optional.empty(), Optional.empty());
        assertThat(people.findByNamePrefix("ange", 3)).extracting(Person::id).containsExactly(angel.id());
        assertThat(people.findByNamePrefix("ÁNG", 3)).extracting(Person::id).containsExactly(angel.id());
    }

    @Test
    void punctuationAndSpacesDoNotHideAName() {
        Person obrien = people.register("O'Brien", Optional.empty(), Optional.empty());
        Person maryAnn = people.register("Mary-Ann", Optional.empty(), Optional.empty());
        assertThat(people.findByNamePrefix("OBr", 3)).extracting(Person::id).containsExactly(obrien.id());
        assertThat(people.findByNamePrefix("o br", 3)).extracting(Person::id).containsExactly(obrien.id());
        assertThat(people.findByNamePrefix("maryann", 3)).extracting(Person::id).containsExactly(maryAnn.id());
        // a syllable decomposes into three letters: the key is longer than the name, and is cut to fit
        Person hangul = people.register("\uD55C".repeat(60), Optional.empty(), Optional.empty());
        assertThat(people.findByNamePrefix("\uD55C\uD55C", 3)).extracting(Person::id).containsExactly(hangul.id());
    }

    @Test
    void aKeyTagBelongsToOnePersonOnly() {
        Person a = people.register("Ana", Optional.empty(), Optional.empty());
        Person b = people.register("Bea", Optional.empty(), Optional.empty());
        people.assignKeyTag(a.id(), Optional.of("77"));
        assertThatThrownBy(() -> people.assignKeyTag(b.id(), Optional.of("77"))).hasMessage("error.keytag.taken");
        people.assignKeyTag(a.id(), Optional.empty());
        people.assignKeyTag(b.id(), Optional.of("77"));
        assertThat(people.findByKeyTag("77")).map(Person::id).contains(b.id());
    }

    @Test
    void deletingAPersonRemovesTheirAccountToo() {
        Person p = people.register("Kai", Optional.empty(), Optional.empty());
        accounts.save(p.id(), Role.VOLUNTEER, "2468");
        people.delete(p.id());
        assertThat(people.find(p.id())).isEmpty();
        assertThat(accounts.list()).isEmpty();
    }

    @Test
    void staffSignInByNameOrKeyTagWithTheRightPin() {
        Person p = people.register("Marisol", Optional.empty(), Optional.empty());
        people.assignKeyTag(p.id(), Optional.of("900"));
        accounts.save(p.id(), Role.PEER_STAFF, "13579");

        assertThat(accounts.authenticate("marisol", "13579")).map(Account::role).contains(Role.PEER_STAFF);
        assertThat(accounts.authenticate("900", "13579")).isPresent();
        assertThat(accounts.authenticate("Marisol", "00000")).isEmpty();
        assertThat(accounts.authenticate("nobody", "13579")).isEmpty();
        assertThat(accounts.exists(Role.PEER_STAFF)).isTrue();
        assertThat(accounts.exists(Role.COORDINATOR)).isFalse();
    }

    @Test
    void pinsMustBeFourToTwelveDigitsAndVisitorsHaveNoAccounts() {
        Person p = people.register("Lee", Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> accounts.save(p.id(), Role.COORDINATOR, "12")).hasMessage("error.pin.format");
        assertThatThrownBy(() -> accounts.save(p.id(), Role.COORDINATOR, "abcd")).hasMessage("error.pin.format");
        assertThatThrownBy(() -> accounts.save(p.id(), Role.VISITOR, "1234")).hasMessage("error.account.role");
    }

    @Test
    void fiveWrongPinsLockTheAccountForAWhile() {
        Person p = people.register("Dee", Optional.empty(), Optional.empty());
        accounts.save(p.id(), Role.COORDINATOR, "1234");
        for (int i = 0; i < Accounts.MAX_FAILED_ATTEMPTS; i++) {
            assertThat(accounts.authenticate("Dee", "9999")).isEmpty();
        }
        assertThat(accounts.authenticate("Dee", "1234")).as("locked").isEmpty();
        clock.advance(JdbcAccounts.LOCK_TIME.plus(Duration.ofSeconds(1)));
        assertThat(accounts.authenticate("Dee", "1234")).isPresent();
    }

    @Test
    void wrongPinsSentAtTheSameMomentAreEachCountedAndAudited() throws Exception {
        Person p = people.register("Dee", Optional.empty(), Optional.empty());
        accounts.save(p.id(), Role.COORDINATOR, "1234");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int wave = 0; wave < 3; wave++) {
                var tries = new java.util.ArrayList<java.util.concurrent.Callable<Boolean>>();
                for (int i = 0; i < 8; i++) {
                    tries.add(() -> accounts.authenticate("Dee", "9999").isPresent());
                }
                for (var answer : pool.invokeAll(tries)) {
                    assertThat(answer.get()).isFalse();
                }
            }
        } finally {
            pool.shutdown();
        }

        assertThat(accounts.authenticate("Dee", "1234")).as("locked after 24 wrong PINs").isEmpty();
        List<String> actions = audit.about(p.id()).stream().map(e -> e.action()).toList();
        assertThat(actions).contains("staff.signin.failed", "staff.signin.locked");
        assertThat(actions.get(0)).isEqualTo("staff.signin.locked");
        assertThat(audit.about(p.id())).allSatisfy(e -> assertThat(e.actorId()).isEqualTo("kiosk"));
    }

    @Test
    void twoStaffWithOneNameMustUseTheirKeyTags() {
        Person a = people.register("Chris", Optional.empty(), Optional.empty());
        Person b = people.register("chris", Optional.empty(), Optional.empty());
        people.assignKeyTag(b.id(), Optional.of("55"));
        accounts.save(a.id(), Role.VOLUNTEER, "1111");
        accounts.save(b.id(), Role.VOLUNTEER, "1111");
        assertThat(accounts.authenticate("Chris", "1111")).isEmpty();
        assertThat(accounts.authenticate("55", "1111")).map(Account::personId).contains(b.id());
    }

    @Test
    void theAuditLogKeepsWhoDidWhatToWhichRecordNewestFirst() {
        audit.record("staff-1", "member.view", "person-9");
        clock.advance(Duration.ofMinutes(1));
        audit.record("staff-2", "member.export", "person-9");
        audit.record("staff-2", "member.view", "person-3");

        assertThat(audit.about("person-9")).extracting(e -> e.action()).containsExactly("member.export", "member.view");
        assertThat(audit.recent(2)).hasSize(2);
        assertThat(audit.recent(10).get(0).subject()).isEqualTo("person-3");
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
