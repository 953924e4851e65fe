package org.hearth.signin.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.testkit.Screen.allText;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.has;
import static org.hearth.testkit.Screen.text;
import static org.hearth.testkit.Screen.set;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.Center;
import org.hearth.api.Offering;
import org.hearth.api.OfferingSource;
import org.hearth.api.Person;
import org.hearth.api.SignInPicture;
import org.hearth.api.Viewer;
import org.hearth.platform.impl.JdbcPeopleDirectory;
import org.hearth.platform.impl.PlatformCenters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The visitor's screens without a browser: built directly, tapped by id, checked against the database. */
class SignInViewTest {

    private final SignInFixture f = new SignInFixture();
    private final SignInFixture.Context context = SignInFixture.Context.visitor();

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Person member(String name, String initial) {
        Person person = ((MemberBook.Outcome.Registered) f.members.register(new NewMember(name,
                Optional.ofNullable(initial), Optional.empty(), Optional.empty(), Tier.NAMED, Optional.empty()),
                Set.of())).person();
        return person;
    }

    private Person register(NewMember draft) {
        return ((MemberBook.Outcome.Registered) f.members.register(draft, Set.of())).person();
    }

    private SignInView view() {
        return new SignInView(f.services(), context);
    }

    @Test
    void aReturningMemberSignsInWithThreeTapsAfterTypingTheirName() {
        Person john = member("John", "R");
        SignInView view = view();
        set(view, "signin-name", "Joh");
        int taps = 0;
        assertThat(text(view, "signin-match-0")).isEqualTo("Joh•• R.");
        click(view, "signin-match-0");
        taps++;
        click(view, "purpose-computer");
        taps++;
        click(view, "signin-submit");
        taps++;
        assertThat(text(view, "signin-confirmation")).contains("signed in");
        assertThat(taps).isLessThanOrEqualTo(3);
        assertThat(f.visits.visitsOf(john.id())).singleElement()
                .satisfies(v -> assertThat(v.purposes()).containsExactly(Purpose.COMPUTER));
        org.hearth.testkit.Screen.all(view).filter(org.hearth.api.ui.Confirmation.class::isInstance)
                .map(org.hearth.api.ui.Confirmation.class::cast).findFirst().orElseThrow().timeUp();
        assertThat(context.finished).isEqualTo(1);
    }

    @Test
    void aMemberWhoCameToVolunteerIsOfferedTheWayToTheirShiftsAndOthersAreNot() {
        member("Vic", null);
        SignInView view = view();
        set(view, "signin-name", "Vic");
        click(view, "signin-match-0");
        click(view, "purpose-volunteering");
        click(view, "signin-submit");
        assertThat(text(view, "signin-shifts")).isEqualTo("My shifts and check-in");

        SignInView other = view();
        set(other, "signin-name", "Vic");
        click(other, "signin-match-0");
        click(other, "purpose-computer");
        click(other, "signin-submit");
        assertThat(org.hearth.testkit.Screen.has(other, "signin-confirmation")).isTrue();
        assertThat(org.hearth.testkit.Screen.has(other, "signin-shifts")).isFalse();
    }

    @Test
    void similarNamesAreToldApartByTheLettersTypedTheInitialAndThePictureOrNotShownAtAll() {
        member("Marcus", null);
        member("Mario", null);
        member("Marta", null);
        SignInView view = view();
        set(view, "signin-name", "Mar");
        assertThat(has(view, "signin-match-0")).as("three buttons reading Mar•• would be a guess").isFalse();
        assertThat(text(view, "signin-hint")).contains("type one more letter");
        set(view, "signin-name", "Mart");
        assertThat(text(view, "signin-match-0")).isEqualTo("Mart••");
        assertThat(has(view, "signin-match-1")).isFalse();

        Person marisa = register(new NewMember("Marisa", Optional.empty(), Optional.empty(), Optional.empty(),
                Tier.PSEUDONYM, Optional.empty(), Optional.of(SignInPicture.UMBRELLA)));
        Person marina = register(new NewMember("Marina", Optional.of("T"), Optional.empty(), Optional.empty(),
                Tier.PSEUDONYM, Optional.empty(), Optional.of(SignInPicture.STAR)));
        assertThat(marisa.picture()).contains(SignInPicture.UMBRELLA);
        SignInView again = view();
        set(again, "signin-name", "Mari");
        List<String> labels = List.of(text(again, "signin-match-0"), text(again, "signin-match-1"),
                text(again, "signin-match-2"));
        assertThat(labels).as("Mario and Marisa read alike but for Marisa's umbrella")
                .containsExactlyInAnyOrder("Mari••", "Mari•• · umbrella", "Mari•• T. · star");
    }

    @Test
    void aNameTooLongIsSaidKindlyNotCutOffSilently() {
        SignInView view = view();
        set(view, "signin-name", "x".repeat(70));
        assertThat(text(view, "signin-hint")).isEqualTo("That name is too long. Please use a shorter one.");
        click(view, "signin-new");
        set(view, "new-name", "y".repeat(70));
        click(view, "new-submit");
        assertThat(text(view, "new-message")).isEqualTo("That name is too long. Please use a shorter one.");
        assertThat(f.count("SELECT COUNT(*) FROM signin.member")).isZero();
    }

    @Test
    void thatsNotMeGoesBackBeforeAnythingIsRecorded() {
        Person john = member("John", "R");
        SignInView view = view();
        set(view, "signin-name", "Joh");
        click(view, "signin-match-0");
        click(view, "signin-not-me");
        assertThat(has(view, "signin-name")).isTrue();
        assertThat(f.visits.visitsOf(john.id())).isEmpty();
        assertThat(f.visits.countToday()).isZero();
    }

    @Test
    void oneOrTwoLettersShowNoNamesAndThreeShowOnlyMaskedOnes() {
        member("John", "R");
        member("Joanna", null);
        SignInView view = view();
        set(view, "signin-name", "J");
        assertThat(has(view, "signin-match-0")).isFalse();
        set(view, "signin-name", "Jo");
        assertThat(has(view, "signin-match-0")).isFalse();
        assertThat(allText(view)).doesNotContain("John", "Joanna", "Jo••");
        set(view, "signin-name", "Joa");
        assertThat(text(view, "signin-match-0")).isEqualTo("Joa••");
        assertThat(has(view, "signin-match-1")).isFalse();
        assertThat(allText(view)).doesNotContain("Joanna");
    }

    @Test
    void aScannedKeyTagGoesStraightToPurposesAndAnUnknownOneGetsAKindMessage() {
        Person ana = member("Ana", null);
        f.people.assignKeyTag(ana.id(), Optional.of("00042"));
        SignInView view = new SignInView(f.services(), new SignInFixture.Context(Viewer.VISITOR, Optional.of("00042"),
                Locale.ENGLISH));
        assertThat(text(view, "signin-greeting")).contains("Ana");
        click(view, "signin-submit");
        assertThat(f.visits.visitsOf(ana.id())).hasSize(1);

        SignInView unknown = new SignInView(f.services(), new SignInFixture.Context(Viewer.VISITOR,
                Optional.of("<script>99</script>"), Locale.ENGLISH));
        assertThat(text(unknown, "signin-message")).contains("couldn't find that key tag");
        assertThat(has(unknown, "signin-count")).isTrue();
    }

    @Test
    void aMemberOfAnotherCenterIsAskedAndChoosesWhetherToBeKnownHere() {
        JdbcPeopleDirectory north = new JdbcPeopleDirectory(f.platform, f.clock,
                new PlatformCenters(f.platform, f.clock, new Center("north", "North Star")));
        Person ana = north.register("Ana", Optional.of("R"), Optional.empty());
        north.assignKeyTag(ana.id(), Optional.of("7001"));
        assertThat(f.people.findByKeyTag("7001")).as("known at North Star only").isEmpty();
        assertThat(f.people.findByNamePrefix("Ana", 5)).isEmpty();

        SignInView view = new SignInView(f.services(), new SignInFixture.Context(Viewer.VISITOR, Optional.of("7001"),
                Locale.ENGLISH));
        assertThat(text(view, "elsewhere-title")).contains("An•• R.", "North Star");
        assertThat(allText(view)).doesNotContain("Ana");
        click(view, "elsewhere-yes");
        assertThat(text(view, "signin-greeting")).contains("Ana");
        click(view, "signin-submit");
        assertThat(f.visits.visitsOf(ana.id())).hasSize(1);
        assertThat(f.people.findByKeyTag("7001")).map(Person::id).contains(ana.id());
        assertThat(f.centers.centersOf(ana.id())).extracting(Center::id).containsExactly("main", "north");

        Person bo = north.register("Bo", Optional.empty(), Optional.empty());
        north.assignKeyTag(bo.id(), Optional.of("7002"));
        SignInView declined = new SignInView(f.services(), new SignInFixture.Context(Viewer.VISITOR,
                Optional.of("7002"), new Locale("es")));
        assertThat(text(declined, "elsewhere-title")).contains("Eres miembro de North Star");
        click(declined, "elsewhere-no");
        click(declined, "signin-submit");
        assertThat(f.visits.visitsOf(bo.id())).as("counted without a name").isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit WHERE person_id IS NULL")).isEqualTo(1);
        assertThat(f.people.findByKeyTag("7002")).isEmpty();
    }

    @Test
    void countMeAnonymouslyIsOneTapAndKeepsThePurposes() {
        SignInView view = view();
        click(view, "purpose-group");
        click(view, "signin-count");
        assertThat(text(view, "signin-confirmation")).contains("counted");
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit WHERE person_id IS NULL")).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit_purpose WHERE purpose = 'GROUP'")).isEqualTo(1);
    }

    @Test
    void aFirstVisitNeedsOnlyANameAndAsksBeforeMakingATwin() {
        SignInView view = view();
        click(view, "signin-new");
        click(view, "new-submit");
        assertThat(text(view, "new-message")).isEqualTo("Please type a name. Any name you like is fine.");
        set(view, "new-name", "x".repeat(10_000));
        click(view, "new-submit");
        assertThat(text(view, "new-message")).contains("too long");
        set(view, "new-name", "Marisol");
        click(view, "new-submit");
        assertThat(text(view, "signin-greeting")).contains("Marisol");
        click(view, "signin-submit");
        assertThat(f.people.findByNamePrefix("Marisol", 5)).hasSize(1);

        SignInView second = view();
        click(second, "signin-new");
        set(second, "new-name", "marisol");
        click(second, "new-submit");
        assertThat(text(second, "dup-question")).isEqualTo("Have you been here before?");
        assertThat(text(second, "dup-0")).contains("Ma••").doesNotContain("Marisol");
        click(second, "dup-0");
        click(second, "signin-submit");
        assertThat(f.people.findByNamePrefix("Marisol", 5)).hasSize(1);
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit WHERE person_id IS NOT NULL")).isEqualTo(2);
    }

    @Test
    void countOnlyAtAFirstVisitKeepsNoNameAndContactIsAskedOnlyWhenWanted() {
        SignInView view = view();
        click(view, "signin-new");
        assertThat(has(view, "new-contact")).isFalse();
        click(view, "new-tier-named-contact");
        assertThat(has(view, "new-contact")).isTrue();
        click(view, "new-tier-count-only");
        set(view, "new-name", "Quiet");
        click(view, "new-submit");
        click(view, "signin-submit");
        assertThat(f.people.findByNamePrefix("Qui", 5)).isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM signin.visit WHERE person_id IS NULL")).isEqualTo(1);
    }

    @Test
    void todaysOfferingsAreAskedForOnceForManyVisitorsAndAgainWhenAFeatureComesOrGoes() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        OfferingSource groups = (day, locale) -> {
            asked.incrementAndGet();
            return List.of(new Offering("group:7@" + day, "SMART Recovery", Instant.parse("2026-11-25T20:00:00Z"),
                    Optional.empty(), Offering.Type.GROUP));
        };
        f.offerings.sources = List.of(groups);
        for (int visitor = 0; visitor < 5; visitor++) {
            assertThat(f.offerings.today(Locale.ENGLISH)).hasSize(1);
        }
        assertThat(asked).hasValue(1);
        f.offerings.today(Locale.forLanguageTag("es"));
        assertThat(asked).hasValue(2);
        f.offerings.sources = List.of();
        assertThat(f.offerings.today(Locale.ENGLISH)).isEmpty();
        f.offerings.sources = List.of(groups);
        assertThat(f.offerings.today(Locale.ENGLISH)).hasSize(1);
        assertThat(asked).hasValue(3);
    }

    @Test
    void todaysGroupsCanBePickedAndAreAnnouncedAsTheReference() {
        Person lee = member("Lee", null);
        f.offerings.sources = List.of(new OfferingSource() {
            @Override
            public List<Offering> offerings(LocalDate day, Locale locale) {
                return List.of(new Offering("group:7@" + day, "SMART Recovery", Instant.parse("2026-11-25T20:00:00Z"),
                        Optional.empty(), Offering.Type.GROUP));
            }
        }, (day, locale) -> {
            throw new IllegalStateException("a broken source");
        });
        SignInView view = view();
        set(view, "signin-name", "Lee");
        click(view, "signin-match-0");
        assertThat(text(view, "offering-0")).contains("SMART Recovery");
        click(view, "offering-0");
        click(view, "signin-submit");
        assertThat(f.visits.visitsOf(lee.id()).get(0).reference()).contains("group:7@2026-11-25");
        assertThat(f.visits.visitsOf(lee.id()).get(0).purposes()).containsExactly(Purpose.GROUP);
    }

    @Test
    void askingToTalkKeepsTheNameOnlyIfGiven() {
        SignInView view = view();
        click(view, "signin-talk");
        click(view, "talk-send");
        assertThat(text(view, "signin-confirmation")).contains("Someone will come");
        SignInView named = view();
        click(named, "signin-talk");
        click(named, "signin-key-p");
        click(named, "signin-key-a");
        click(named, "signin-key-t");
        click(named, "talk-send");
        assertThat(f.talk.open()).extracting(r -> r.name().orElse("-")).containsExactly("-", "Pat");
    }

    @Test
    void theOnScreenKeyboardTypesACapitalisedName() {
        member("Noor", null);
        SignInView view = view();
        for (String key : List.of("signin-key-n", "signin-key-o", "signin-key-o", "signin-key-r", "signin-key-r", "signin-key-back")) {
            click(view, key);
        }
        assertThat(org.hearth.testkit.Screen.find(view, "signin-name").map(c -> ((com.vaadin.flow.component.textfield.TextField) c)
                .getValue())).contains("Noor");
        assertThat(text(view, "signin-match-0")).as("all of it was typed").isEqualTo("Noor");
    }

    @Test
    void spanishIsOffered() {
        SignInView view = new SignInView(f.services(), new SignInFixture.Context(Viewer.VISITOR, Optional.empty(),
                Locale.forLanguageTag("es")));
        assertThat(text(view, "signin-count")).isEqualTo("Cuéntame, de forma anónima");
        assertThat(text(view, "signin-new")).isEqualTo("Es mi primera vez");
    }
}
