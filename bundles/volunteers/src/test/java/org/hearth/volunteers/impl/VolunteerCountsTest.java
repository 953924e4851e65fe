package org.hearth.volunteers.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.hearth.api.Count;
import org.hearth.api.Period;
import org.junit.jupiter.api.Test;

@Tag("database")
class VolunteerCountsTest {

    @Test
    void approvedHoursPeopleAndStipendsAreCountedByPeriodInExactFigures() {
        try (VolunteersFixture f = new VolunteersFixture()) {
            f.clock.advance(Duration.ofDays(-1));
            long shift = f.shift(f.today().plusDays(1), 1, 1, 3);
            String ana = f.volunteer("Ana");
            String ben = f.volunteer("Ben");
            f.book.pick(shift, ana);
            f.book.pick(shift, ben);
            f.clock.advance(Duration.ofDays(1).plusMinutes(60));
            TimeEntry a = f.timeclock.checkIn(ana);
            TimeEntry b = f.timeclock.checkIn(ben);
            f.clock.advance(Duration.ofMinutes(200));
            f.timeclock.checkOut(ana);
            f.timeclock.checkOut(ben);
            f.hours.approve(a.id(), "dana");
            VolunteerCounts counts = new VolunteerCounts(f.volunteers);
            LocalDate month = f.today().withDayOfMonth(1);

            assertThat(counts.measures(Locale.ENGLISH)).extracting(m -> m.title()).contains("Volunteer hours (approved)");
            assertThat(counts.count(VolunteerCounts.HOURS, month, month, Period.MONTH)).extracting(Count::value)
                    .containsExactly(new BigDecimal("3.33"));
            assertThat(counts.count(VolunteerCounts.PEOPLE, month, month, Period.MONTH)).extracting(Count::value)
                    .containsExactly(BigDecimal.ONE);
            assertThat(counts.count(VolunteerCounts.ACCRUED, month, month, Period.MONTH)).extracting(Count::value)
                    .containsExactly(new BigDecimal("41.67"));
            f.hours.approve(b.id(), "dana");
            assertThat(counts.count(VolunteerCounts.PEOPLE, month, month, Period.MONTH)).extracting(Count::value)
                    .containsExactly(BigDecimal.valueOf(2));
            assertThat(counts.count(VolunteerCounts.PAID, month, month, Period.MONTH)).isEmpty();
        }
    }
}
