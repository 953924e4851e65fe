package org.hearth.coaching.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hearth.api.Count;
import org.hearth.api.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class CountsAndPeopleTest {

    private final CoachingFixture f = new CoachingFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private void contact(String member, String coach, ContactKind how) {
        f.contacts.add(new Contact(0, member, coach, f.today(), how, 30, "Proud of the week", "Call Friday"), f.today());
    }

    @Test
    void membersWithAPlanContactsByKindAndReviewsOnTimeAreCountedNeverContent() {
        String ana = f.member("Ana");
        String bo = f.member("Bo");
        f.plans.save(f.plan(ana, "c", "first"), 0, f.today());
        Plan p = f.plans.current(ana).orElseThrow();
        f.plans.save(new Plan(ana, 0, p.strengths(), p.whatMatters(), p.supports(), p.goals(), p.nextReview(),
                f.today(), true, "c"), 1, f.today());
        f.plans.save(f.plan(bo, "c", "bo's"), 0, f.today());
        contact(ana, "c", ContactKind.PHONE);
        contact(ana, "c", ContactKind.PHONE);
        contact(bo, "c", ContactKind.IN_PERSON);
        CoachingCounts counts = new CoachingCounts(f.coachingDb);
        LocalDate december = f.today().withDayOfMonth(1);

        assertThat(counts.measures(Locale.forLanguageTag("es"))).extracting(m -> m.title())
                .contains("Contactos de acompañamiento por teléfono");
        assertThat(total(counts.count(CoachingCounts.PLANS, december, december, Period.MONTH))).isEqualTo(2);
        assertThat(total(counts.count(CoachingCounts.CONTACTS, december, december, Period.MONTH))).isEqualTo(3);
        assertThat(total(counts.count(CoachingCounts.CONTACTS + ".phone", december, december, Period.MONTH)))
                .isEqualTo(2);
        assertThat(total(counts.count(CoachingCounts.REVIEWS, december, december, Period.MONTH))).isEqualTo(1);
        assertThat(counts.count("something.else", december, december, Period.MONTH)).isEmpty();
    }

    @Test
    void aMemberDeletedAtTheirWishLeavesNothingAndAMergeKeepsEveryVersion() {
        String ana = f.member("Ana");
        String dup = f.member("Anna");
        String cleo = f.coach("Cleo");
        f.services().pair(f.viewer(cleo), ana);
        f.services().pair(f.viewer(cleo), dup);
        f.plans.save(f.plan(ana, cleo, "kept"), 0, f.today());
        f.plans.save(f.plan(dup, cleo, "duplicate's"), 0, f.today());
        contact(dup, cleo, ContactKind.TEXT);
        PersonRows rows = new PersonRows(f.coachingDb);
        rows.move(dup, ana);
        assertThat(f.plans.history(ana)).extracting(Plan::version).containsExactly(2, 1);
        assertThat(f.contacts.ofMember(ana)).hasSize(1);
        f.pins.choose(ana, "2468");
        rows.forget(ana);
        for (String table : new String[] {"plan_version", "goal", "contact", "member_pin", "pairing"}) {
            assertThat(f.count("SELECT COUNT(*) FROM coaching." + table)).as(table).isZero();
        }
    }

    private static long total(List<Count> counts) {
        return counts.stream().filter(c -> c.kind().isEmpty()).mapToLong(c -> c.value().longValueExact()).sum();
    }
}
