package org.hearth.signin.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hearth.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class VisitBookTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneId.of("America/Chicago"));
    private TestDatabase database;
    private VisitBook book;

    @BeforeEach
    void setUp() {
        database = new TestDatabase();
        book = new VisitBook(new SignInDatabase(database.dataSource(), database.migrator()), clock);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void anAnonymousVisitKeepsNoIdentityAndItsPurposes() {
        Visit visit = book.record(Optional.empty(), EnumSet.of(Purpose.GROUP, Purpose.EMOTIONAL_SUPPORT));

        assertThat(visit.personId()).isEmpty();
        assertThat(visit.purposes()).containsExactlyInAnyOrder(Purpose.GROUP, Purpose.EMOTIONAL_SUPPORT);
        assertThat(visit.visitedAt()).isEqualTo(clock.instant());
        assertThat(book.countToday()).isEqualTo(1);
    }

    @Test
    void noPurposeIsRecordedAsNoneGivenNotAsJustVisiting() {
        assertThat(book.record(Optional.empty(), Set.of()).purposes()).containsExactly(Purpose.NONE_GIVEN);
    }

    @Test
    void visitsAreCountedOnTheCentersLocalDay() {
        // 15:00 UTC is 09:00 in Chicago: the same local day
        book.record(Optional.of("person-1"), Set.of(Purpose.COMPUTER));
        book.record(Optional.empty(), Set.of());
        assertThat(book.countToday()).isEqualTo(2);
    }
}
