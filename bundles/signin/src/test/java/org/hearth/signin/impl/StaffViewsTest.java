package org.hearth.signin.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.has;
import static org.hearth.testkit.Screen.text;
import static org.hearth.testkit.Screen.set;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.AuditEntry;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The staff screens without a browser: Today, Members, counts. */
class StaffViewsTest {

    private final SignInFixture f = new SignInFixture();
    private final SignInFixture.Context staff = new SignInFixture.Context(
            Viewer.staff(Role.PEER_STAFF, "staff-1", "Dana"), Optional.empty(), Locale.ENGLISH);

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Person member(String name) {
        return ((MemberBook.Outcome.Registered) f.members.register(new NewMember(name, Optional.of("B"),
                Optional.empty(), Optional.empty(), Tier.NAMED_CONTACT, Optional.of("555-0100")), Set.of())).person();
    }

    @Test
    void todayShowsCountsRequestsAndWhoIsInAndStaffAnswerAndSignOut() {
        Person bo = member("Bo");
        f.visits.record(Optional.of(bo.id()), Set.of());
        f.visits.record(Optional.empty(), Set.of());
        f.talk.ask(Optional.of("Pat"));
        TodayModule module = new TodayModule(f.visits, f.talk, f.people, null) {
        };
        assertThat(module.notice(Locale.ENGLISH, staff.viewer())).contains("1 person would like to talk");
        assertThat(module.notice(Locale.ENGLISH, Viewer.VISITOR)).isEmpty();
        assertThat(module.audience()).containsExactlyInAnyOrder(Role.PEER_STAFF, Role.SUPERVISOR, Role.COORDINATOR);

        TodayView view = new TodayView(f.visits, f.talk, f.people, LocalTime.of(21, 0), staff);
        assertThat(text(view, "today-counts")).contains("2", "1 by members", "1 anonymous");
        assertThat(org.hearth.testkit.Screen.find(view, "talk-request-0").orElseThrow().getElement().getTextRecursively()).contains("Pat");
        assertThat(org.hearth.testkit.Screen.find(view, "in-building-0").orElseThrow().getElement().getTextRecursively()).contains("Bo B.");

        click(view, "talk-answer-0");
        click(view, "signout-0");
        assertThat(f.talk.countOpen()).isZero();
        assertThat(f.visits.inBuilding()).isEmpty();
        assertThat(has(view, "in-building-0")).isFalse();
        assertThat(module.notice(Locale.ENGLISH, staff.viewer())).isEmpty();
    }

    @Test
    void staffFindAMemberByAnyPartOfTheNameEmojiIncluded() {
        Person sunny = member("\uD83C\uDF3B Sunny \uD83C\uDF08");
        MembersView view = new MembersView(new MembersModule.Services(f.people, f.members, f.visits, f.audit), staff);
        for (String query : new String[] {"Sunny", "sunn", "\uD83C\uDF3B", "\uD83C\uDF08"}) {
            set(view, "members-search", query);
            click(view, "members-find");
            assertThat(text(view, "members-result-0")).as(query).contains(sunny.chosenName());
            assertThat(has(view, "members-result-1")).isFalse();
        }
        set(view, "members-search", "nn");
        click(view, "members-find");
        assertThat(has(view, "members-result-0")).as("two letters are not enough").isFalse();
    }

    @Test
    void findingAMemberNeedsThreeLettersAndViewingIsAudited() {
        Person bo = member("Bonnie");
        f.people.assignKeyTag(bo.id(), Optional.of("777"));
        MembersView view = new MembersView(new MembersModule.Services(f.people, f.members, f.visits, f.audit), staff);
        set(view, "members-search", "Bo");
        click(view, "members-find");
        assertThat(text(view, "members-message")).contains("three letters");
        assertThat(has(view, "members-result-0")).isFalse();
        set(view, "members-search", "777");
        click(view, "members-find");
        click(view, "members-result-0");
        assertThat(text(view, "member-name")).isEqualTo("Bonnie B.");
        assertThat(f.audit.about(bo.id())).extracting(AuditEntry::action, AuditEntry::actorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("member.view", "staff-1"));
    }

    @Test
    void staffEditAssignAKeyTagMergeAndDeleteAtTheMembersWish() {
        Person bo = member("Bonnie");
        Person twin = ((MemberBook.Outcome.Registered) f.members.register(new NewMember("Bonnie", Optional.of("B"),
                Optional.empty(), Optional.empty(), Tier.NAMED, Optional.empty()), Set.of(bo.id()))).person();
        f.visits.record(Optional.of(twin.id()), Set.of());
        Person other = member("Carla");
        f.people.assignKeyTag(other.id(), Optional.of("555"));
        MembersView view = new MembersView(new MembersModule.Services(f.people, f.members, f.visits, f.audit), staff);
        view.open(bo);

        click(view, "member-edit");
        set(view, "edit-name", "Bonita");
        click(view, "edit-tier-named");
        click(view, "edit-save");
        assertThat(f.people.find(bo.id()).orElseThrow().chosenName()).isEqualTo("Bonita");
        assertThat(f.members.find(bo.id()).orElseThrow().contact()).as("named without contact drops it").isEmpty();

        click(view, "member-keytag");
        set(view, "member-keytag-value", "555");
        click(view, "member-keytag-save");
        assertThat(text(view, "member-message")).contains("already belongs to someone else");
        set(view, "member-keytag-value", "556");
        click(view, "member-keytag-save");
        assertThat(f.people.find(bo.id()).orElseThrow().keyTag()).contains("556");

        click(view, "member-merge");
        set(view, "merge-search", "Bonnie");
        click(view, "merge-find");
        click(view, "merge-result-0");
        click(view, "merge-confirm");
        assertThat(f.people.find(twin.id())).isEmpty();
        assertThat(f.visits.visitsOf(bo.id())).hasSize(1);

        assertThat(has(view, "member-export-csv")).isTrue();
        String csv = MemberRecordCsv.of(view.texts, f.visits.zone(), f.people.find(bo.id()).orElseThrow(),
                f.members.find(bo.id()), f.visits.visitsOf(bo.id()));
        assertThat(csv).startsWith("Field,Value").contains("Chosen name,Bonita", "Key tag,556",
                "How they want to be known,Remember me by my name", "Visit,", "None given")
                .doesNotContain("chosenName", "NAMED", "NONE_GIVEN");
        String spanish = MemberRecordCsv.of(org.hearth.api.Texts.load(MembersView.class, SignInModule.TEXTS,
                        Locale.forLanguageTag("es")), f.visits.zone(), f.people.find(bo.id()).orElseThrow(),
                f.members.find(bo.id()), f.visits.visitsOf(bo.id()));
        assertThat(spanish).startsWith("Dato,Valor").contains("Nombre elegido,Bonita", "No indicado");

        click(view, "member-delete");
        click(view, "member-delete-confirm");
        assertThat(f.people.find(bo.id())).isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit WHERE person_id IS NULL")).isEqualTo(1);
        assertThat(f.audit.about(bo.id())).extracting(AuditEntry::action)
                .contains("member.view", "member.edit", "member.keytag", "member.merge", "member.delete");
        assertThat(has(view, "members-search")).isTrue();
    }

    @Test
    void countsShowRealNumbersOnScreen() {
        f.visits.record(Optional.empty(), Set.of(Purpose.GROUP));
        CountsView view = new CountsView(f.counts, f.clock, staff);
        assertThat(org.hearth.testkit.Screen.find(view, "counts-table").orElseThrow().getElement().getTextRecursively()).contains("2026-11-25");
        click(view, "counts-grain-month");
        assertThat(org.hearth.testkit.Screen.find(view, "counts-table").orElseThrow().getElement().getTextRecursively()).contains("2026-11-01");
        assertThat(new CountsModule(f.counts, f.clock).audience()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.COORDINATOR);
        assertThat(new MembersModule(f.people, f.members, f.visits, f.audit).audience())
                .containsExactlyInAnyOrder(Role.PEER_STAFF, Role.COORDINATOR);
    }
}
