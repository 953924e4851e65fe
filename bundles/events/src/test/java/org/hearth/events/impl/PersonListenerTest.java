package org.hearth.events.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.HearthTopics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** A member deleted at their wish leaves no RSVP or attendance of theirs; a merge moves them. */
@Tag("database")
class PersonListenerTest {

    private final EventsFixture f = new EventsFixture();
    private final PersonListener listener = new PersonListener(f.events);

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aDeletedMembersRsvpsAndAttendanceBecomeAnonymousCounts() {
        long id = f.store.create(EventsFixture.draft("Game night", LocalDateTime.of(2026, 11, 28, 18, 0),
                Optional.empty(), Recurrence.ONCE));
        Occurrence occurrence = f.schedule.find(new OccurrenceKey(id, LocalDate.of(2026, 11, 28))).orElseThrow();
        OccurrenceKey key = occurrence.key();
        f.rsvps.reserve(occurrence, Optional.of("p1"), 2);
        f.attendance.signedIn(key, Optional.of("p1"), Instant.parse("2026-11-28T23:00:00Z"));
        f.attendance.mark(key, "p1", true);
        f.attendance.signedIn(key, Optional.of("p2"), Instant.parse("2026-11-28T23:00:00Z"));
        int before = f.attendance.count(key).total();

        listener.handleEvent(new Event(HearthTopics.PERSON_DELETED, Map.of(HearthTopics.PERSON_ID, "p1")));

        assertThat(f.rsvps.of(key, "p1")).isEmpty();
        assertThat(f.attendance.present(key)).containsExactly("p2");
        assertThat(f.attendance.count(key).total()).as("still counted, once").isEqualTo(before);
        assertThat(f.rsvps.seats(occurrence).confirmed()).isEqualTo(2);
    }

    @Test
    void aMergeMovesTheDuplicatesRowsToTheKeptMember() {
        long id = f.store.create(EventsFixture.draft("Picnic", LocalDateTime.of(2026, 11, 28, 12, 0),
                Optional.empty(), Recurrence.ONCE));
        Occurrence occurrence = f.schedule.find(new OccurrenceKey(id, LocalDate.of(2026, 11, 28))).orElseThrow();
        f.rsvps.reserve(occurrence, Optional.of("twin"), 1);
        f.attendance.mark(occurrence.key(), "twin", true);

        listener.handleEvent(new Event(HearthTopics.PERSON_MERGED,
                Map.of(HearthTopics.PERSON_ID, "keep", HearthTopics.MERGED_ID, "twin")));

        assertThat(f.rsvps.of(occurrence.key(), "keep")).isPresent();
        assertThat(f.rsvps.of(occurrence.key(), "twin")).isEmpty();
        assertThat(f.attendance.present(occurrence.key())).containsExactly("keep");
    }
}
