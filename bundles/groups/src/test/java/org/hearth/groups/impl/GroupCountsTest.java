package org.hearth.groups.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.Count;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Period;
import org.junit.jupiter.api.Test;

@Tag("database")
class GroupCountsTest {

    @Test
    void sessionsHeldAttendanceAndDifferentPeopleAreCountedOnceAndByKind() {
        try (GroupsFixture f = new GroupsFixture()) {
            f.weekly("SMART", DayOfWeek.WEDNESDAY);
            List<Session> month = f.sessions.between(f.today(), f.today().plusDays(20));
            Session first = month.get(0);
            Session second = month.get(1);
            f.sessions.cancel(month.get(2).id(), true, Optional.empty());
            String ana = f.member("Ana");
            f.attendance.present(first.id(), ana);
            f.attendance.signedIn(first.id(), Optional.of(ana));
            f.attendance.signedIn(first.id(), Optional.empty());
            f.sessions.headcount(first.id(), 5);
            f.attendance.present(second.id(), ana);
            GroupCounts counts = new GroupCounts(f.groupsDb);
            LocalDate december = f.today().withDayOfMonth(1);

            assertThat(counts.measures(Locale.forLanguageTag("es"))).extracting(m -> m.title()).contains("Asistencia a grupos");
            assertThat(total(counts.count(GroupCounts.SESSIONS, december, december, Period.MONTH))).isEqualTo(2);
            assertThat(total(counts.count(GroupCounts.ATTENDANCE, december, december, Period.MONTH))).isEqualTo(6);
            assertThat(total(counts.count(GroupCounts.PEOPLE, december, december, Period.MONTH))).isEqualTo(1);
            assertThat(counts.count(GroupCounts.ATTENDANCE, december, december, Period.MONTH))
                    .filteredOn(c -> c.kind().equals(Optional.of(KindOfSupport.EMOTIONAL)))
                    .extracting(Count::value).containsExactly(BigDecimal.valueOf(6));
        }
    }

    private static long total(List<Count> counts) {
        return counts.stream().filter(c -> c.kind().isEmpty()).mapToLong(c -> c.value().longValueExact()).sum();
    }
}
