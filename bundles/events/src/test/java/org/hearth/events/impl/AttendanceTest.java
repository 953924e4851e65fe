package org.hearth.events.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.HearthTopics;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Offering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

@Tag("database")
class AttendanceTest {

    private final EventsFixture f = new EventsFixture();
    private final VisitListener listener = new VisitListener(f.schedule, f.attendance);

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static Event visit(String reference, String personId) {
        Map<String, Object> props = new HashMap<>();
        props.put(HearthTopics.PURPOSES, new String[] {"EVENT"});
        props.put(HearthTopics.TIME, "2026-11-25T23:30:00Z");
        if (reference != null) {
            props.put(HearthTopics.REFERENCE, reference);
        }
        if (personId != null) {
            props.put(HearthTopics.PERSON_ID, personId);
        }
        return new Event(HearthTopics.VISIT_RECORDED, props);
    }

    @Test
    void signInsNamingAnOccurrenceCountItsAttendanceEachMemberOnce() {
        long id = f.store.create(EventsFixture.draft("Game night", LocalDateTime.of(2026, 11, 25, 18, 0), Optional.empty(),
                Recurrence.ONCE));
        OccurrenceKey key = new OccurrenceKey(id, LocalDate.of(2026, 11, 25));
        Offering offered = new EventOfferings(f.schedule).offerings(LocalDate.of(2026, 11, 25), Locale.ENGLISH).get(0);
        assertThat(offered.reference()).isEqualTo(key.reference());
        assertThat(offered.type()).isEqualTo(Offering.Type.EVENT);
        assertThat(offered.kind()).contains(KindOfSupport.AFFILIATIONAL);

        listener.handleEvent(visit(offered.reference(), "p1"));
        listener.handleEvent(visit(offered.reference(), "p1"));
        listener.handleEvent(visit(offered.reference(), null));
        listener.handleEvent(visit(offered.reference(), null));
        listener.handleEvent(visit(null, "p2"));
        listener.handleEvent(visit("group:7@2026-11-25", "p3"));
        listener.handleEvent(visit("event:" + id + "@2026-11-26", "p4"));
        listener.handleEvent(visit("event:99999@2026-11-25", "p5"));

        assertThat(f.attendance.count(key)).isEqualTo(new AttendanceBook.Count(1, 2, Optional.empty()));
        assertThat(f.attendance.present(key)).containsExactly("p1");
    }

    @Test
    void aRosterTickAndAHeadcountComplete_theCount() {
        long id = f.store.create(EventsFixture.draft("Picnic", LocalDateTime.of(2026, 11, 20, 12, 0), Optional.empty(),
                Recurrence.ONCE));
        OccurrenceKey key = new OccurrenceKey(id, LocalDate.of(2026, 11, 20));
        f.attendance.signedIn(key, Optional.of("p1"), Instant.parse("2026-11-20T18:00:00Z"));
        f.attendance.mark(key, "p1", true);
        f.attendance.mark(key, "p2", true);
        assertThat(f.attendance.count(key).total()).isEqualTo(2);
        f.attendance.headcount(key, 12, Optional.of("coordinator-1"));
        assertThat(f.attendance.count(key).total()).isEqualTo(12);
        f.attendance.mark(key, "p2", false);
        assertThat(f.attendance.present(key)).containsExactly("p1");
        assertThatThrownBy(() -> f.attendance.headcount(key, -1, Optional.empty())).hasMessage("error.headcount");
    }

    @Test
    void reportsCountEventsHeldAndAttendanceByKindAndSuppressSmallCountsInExports() {
        long picnic = f.store.create(EventsFixture.draft("Picnic", LocalDateTime.of(2026, 11, 20, 12, 0), Optional.empty(),
                Recurrence.ONCE));
        long later = f.store.create(EventsFixture.draft("Later", LocalDateTime.of(2026, 11, 28, 12, 0), Optional.empty(),
                Recurrence.ONCE));
        long cancelled = f.store.create(EventsFixture.draft("Rained off", LocalDateTime.of(2026, 11, 21, 12, 0),
                Optional.empty(), Recurrence.ONCE));
        f.store.cancel(cancelled, "Rain");
        f.attendance.headcount(new OccurrenceKey(picnic, LocalDate.of(2026, 11, 20)), 25, Optional.empty());
        f.attendance.signedIn(new OccurrenceKey(later, LocalDate.of(2026, 11, 28)), Optional.empty(), Instant.now());

        EventCounts source = new EventCounts(f.schedule, f.attendance);
        LocalDate nov = LocalDate.of(2026, 11, 1);
        assertThat(source.count(EventCounts.HELD, nov, nov, org.hearth.api.Period.MONTH))
                .extracting(c -> c.kind().map(Enum::name).orElse("all") + "=" + c.value())
                .containsExactly("all=1", "AFFILIATIONAL=1");
        assertThat(source.count(EventCounts.ATTENDANCE, nov, nov, org.hearth.api.Period.MONTH).get(0).value())
                .isEqualByComparingTo("25");

        List<Reports.Row> rows = f.reports.rows(YearMonth.of(2026, 10), YearMonth.of(2026, 11), f.clock.instant());
        assertThat(rows).hasSize(2);
        Reports.Row november = rows.get(1);
        assertThat(november.held()).isEqualTo(1);
        assertThat(november.attendance()).isEqualTo(25);
        assertThat(november.heldByKind()).containsEntry(KindOfSupport.AFFILIATIONAL, 1);
        String csv = Reports.csv(rows, Reports.headingKeys());
        assertThat(csv.lines().toList().get(2)).startsWith("2026-11,<11,25,0,0,0,0,0,0,<11,25");
        assertThat(csv.lines().toList().get(1)).startsWith("2026-10,0,0");
    }
}
