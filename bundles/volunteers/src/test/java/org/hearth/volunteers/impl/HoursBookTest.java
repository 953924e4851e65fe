package org.hearth.volunteers.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Approving and correcting hours over real Derby: history kept, minutes re-rounded, approved hours left alone. */
@Tag("database")
class HoursBookTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 9, 0);
    private final StipendsFixture f = new StipendsFixture(StipendsFixture.RULES, 15);
    private final Person ana = f.volunteer("Ana");

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void waitingListsClosedUnapprovedEntriesOldestFirstWithTheFlag() {
        long later = f.worked(ana.id(), "kitchen", MONDAY.plusDays(1), MONDAY.plusDays(1).plusHours(2), true);
        long earlier = f.worked(ana.id(), "front_desk", MONDAY, MONDAY.plusHours(3), false);
        f.volunteers.jdbi().useHandle(h -> h.execute("INSERT INTO volunteers.time_entry (person_id, role_code,"
                + " checked_in) VALUES (?, 'kitchen', ?)", ana.id(), java.sql.Timestamp.valueOf(MONDAY.plusDays(2))));
        assertThat(f.hours.waiting()).extracting(w -> w.entry().id()).containsExactly(earlier, later);
        assertThat(f.hours.waiting()).extracting(w -> w.entry().autoClosed()).containsExactly(false, true);
        f.hours.approve(earlier, "coord");
        assertThat(f.hours.waiting()).extracting(w -> w.entry().id()).containsExactly(later);
    }

    @Test
    void aCorrectionKeepsItsHistoryAndReRoundsTheMinutes() {
        long id = f.worked(ana.id(), "front_desk", MONDAY, MONDAY.plusHours(12), true);
        TimeEntry first = f.hours.correct(id, MONDAY, MONDAY.plusHours(3).plusMinutes(22), " Forgot to check out ",
                "coord");
        assertThat(first.minutes()).contains(195);                  // 202 min to the nearest 15: 195
        assertThat(first.checkedOut()).contains(MONDAY.plusHours(3).plusMinutes(22));
        TimeEntry second = f.hours.correct(id, MONDAY.plusMinutes(30), MONDAY.plusHours(3).plusMinutes(50),
                "Came in late", "coord");
        assertThat(second.minutes()).contains(195);                 // 200 min: 195
        assertThat(f.hours.history(id)).extracting(HoursBook.Correction::reason)
                .containsExactly("Forgot to check out", "Came in late");
        HoursBook.Correction c = f.hours.history(id).get(0);
        assertThat(c.oldIn()).isEqualTo(MONDAY);
        assertThat(c.oldOut()).contains(MONDAY.plusHours(12));
        assertThat(c.newOut()).isEqualTo(MONDAY.plusHours(3).plusMinutes(22));
        assertThat(c.by()).contains("coord");
        assertThat(f.hours.waiting().get(0).corrections()).isEqualTo(2);
    }

    @Test
    void aCorrectionNeedsAReasonAndSensibleTimes() {
        long id = f.worked(ana.id(), "front_desk", MONDAY, MONDAY.plusHours(3), false);
        assertRefused(() -> f.hours.correct(id, MONDAY, MONDAY.plusHours(2), "  ", "c"), "error.hours.reason");
        assertRefused(() -> f.hours.correct(id, MONDAY, MONDAY.plusHours(2), "x".repeat(301), "c"), "error.hours.reason");
        assertRefused(() -> f.hours.correct(id, MONDAY, MONDAY, "why", "c"), "error.hours.order");
        assertRefused(() -> f.hours.correct(id, MONDAY, MONDAY.minusHours(1), "why", "c"), "error.hours.order");
        assertRefused(() -> f.hours.correct(id, MONDAY, MONDAY.plusHours(24).plusMinutes(1), "why", "c"),
                "error.hours.long");
        assertRefused(() -> f.hours.correct(id, MONDAY.plusDays(2), MONDAY.plusDays(2).plusHours(1), "why", "c"),
                "error.hours.future");
        long other = f.worked(ana.id(), "kitchen", MONDAY.minusHours(5), MONDAY.minusHours(3), false);
        assertRefused(() -> f.hours.correct(id, MONDAY.minusHours(4), MONDAY.plusHours(1), "why", "c"),
                "error.hours.overlap");
        assertRefused(() -> f.hours.correct(99_999, MONDAY, MONDAY.plusHours(1), "why", "c"), "error.hours.gone");
        assertThat(f.hours.correct(id, MONDAY, MONDAY.plusHours(24), "a long day", "c").minutes()).contains(1440);
        assertThat(f.hours.history(other)).isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.time_correction")).isEqualTo(1);
    }

    @Test
    void approvedHoursAreNotCorrectedNorApprovedTwice() {
        long id = f.worked(ana.id(), "front_desk", MONDAY, MONDAY.plusHours(3).plusMinutes(20), false);
        assertThat(f.hours.approve(id, "coord")).contains(4063L);   // 200 min rounded to 195: 40.625 -> 40.63
        assertRefused(() -> f.hours.correct(id, MONDAY, MONDAY.plusHours(1), "too much", "coord"),
                "error.hours.approved");
        assertRefused(() -> f.hours.approve(id, "coord"), "error.hours.approved");
        assertThat(f.hours.history(id)).isEmpty();
        assertThat(f.hours.entry(id).orElseThrow().isApproved()).isTrue();
        assertThat(f.count("SELECT COUNT(*) FROM volunteers.stipend_entry")).isEqualTo(1);
    }

    @Test
    void anApprovalSurvivesTheApproversDeletion() {
        long id = f.worked(ana.id(), "front_desk", MONDAY, MONDAY.plusHours(1), false);
        Person coordinator = f.volunteer("Cora");
        f.hours.approve(id, coordinator.id());
        new PersonRows(f.volunteers).forget(coordinator.id());
        assertThat(f.hours.entry(id).orElseThrow().isApproved()).isTrue();
        assertThat(f.hours.waiting()).isEmpty();
        assertRefused(() -> f.hours.approve(id, "coord"), "error.hours.approved");
        assertThat(f.ledger.balance(ana.id()).accrued()).isEqualTo(1250);
    }

    @Test
    void anOpenCheckInIsNotApproved() {
        long id = f.volunteers.jdbi().withHandle(h -> h.createUpdate("INSERT INTO volunteers.time_entry (person_id,"
                        + " role_code, checked_in) VALUES (?, 'kitchen', ?)").bind(0, ana.id())
                .bind(1, java.sql.Timestamp.valueOf(MONDAY)).executeAndReturnGeneratedKeys().mapTo(Long.class).one());
        assertRefused(() -> f.hours.approve(id, "coord"), "error.hours.open");
        assertThat(f.hours.correct(id, MONDAY, MONDAY.plusHours(2), "closed by hand", "coord").minutes()).contains(120);
        assertThat(f.hours.history(id).get(0).oldOut()).isEmpty();
        assertThat(f.hours.approve(id, "coord")).isEmpty();       // kitchen has no rule: no accrual
    }

    @Test
    void withoutRoundingTheMinutesAreExact() {
        try (StipendsFixture exact = new StipendsFixture(Map.of(), 0)) {
            Person bo = exact.volunteer("Bo");
            long id = exact.worked(bo.id(), "front_desk", MONDAY, MONDAY.plusHours(1), false);
            assertThat(exact.hours.correct(id, MONDAY, MONDAY.plusMinutes(67), "why", "c").minutes()).contains(67);
            assertThat(exact.hours.approve(id, "c")).isEqualTo(Optional.empty());
        }
    }

    static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(Refusal.class).hasMessage(key);
    }
}
