package org.hearth.groups.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.HearthTopics;
import org.hearth.api.Offering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

@Tag("database")
class SessionsTest {

    private final GroupsFixture f = new GroupsFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void weeklyAndMonthlySchedulesMeetOnTheRightDays() {
        GroupSchedule weekly = new GroupSchedule(GroupSchedule.Frequency.WEEKLY, DayOfWeek.TUESDAY, Optional.of(2),
                LocalTime.of(18, 0), LocalTime.of(19, 0));
        assertThat(weekly.meetsOn(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(weekly.weekOfMonth()).isEmpty();
        GroupSchedule second = new GroupSchedule(GroupSchedule.Frequency.MONTHLY, DayOfWeek.TUESDAY, Optional.of(2),
                LocalTime.of(18, 0), LocalTime.of(19, 0));
        assertThat(second.meetsOn(LocalDate.of(2026, 12, 8))).isTrue();
        assertThat(second.meetsOn(LocalDate.of(2026, 12, 1))).isFalse();
        GroupSchedule last = new GroupSchedule(GroupSchedule.Frequency.MONTHLY, DayOfWeek.TUESDAY, Optional.of(-1),
                LocalTime.of(18, 0), LocalTime.of(19, 0));
        assertThat(last.meetsOn(LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(last.meetsOn(LocalDate.of(2026, 12, 22))).isFalse();
        assertThatThrownBy(() -> new GroupSchedule(GroupSchedule.Frequency.MONTHLY, DayOfWeek.TUESDAY, Optional.of(5),
                LocalTime.of(18, 0), LocalTime.of(19, 0))).hasMessage("error.week");
        assertThatThrownBy(() -> new GroupSchedule(GroupSchedule.Frequency.WEEKLY, DayOfWeek.TUESDAY, Optional.empty(),
                LocalTime.of(19, 0), LocalTime.of(18, 0))).hasMessage("error.times");
    }

    @Test
    void sessionsAreMadeOnceFromTheSchedule() {
        f.weekly("SMART", DayOfWeek.WEDNESDAY);
        f.sessions.between(f.today(), f.today().plusDays(20));
        assertThat(f.sessions.between(f.today(), f.today().plusDays(20))).hasSize(3);
        assertThat(f.count("SELECT COUNT(*) FROM peergroups.session")).isEqualTo(3);
    }

    @Test
    void aPersonRecordedEveryWayIsCountedOnceAndAHeadcountBelowTheRosterIsRaised() {
        f.weekly("SMART", DayOfWeek.WEDNESDAY);
        Session s = f.sessions.between(f.today(), f.today()).get(0);
        String ana = f.member("Ana");
        f.attendance.signedIn(s.id(), Optional.of(ana));
        f.attendance.present(s.id(), ana);
        f.attendance.present(s.id(), ana);
        f.attendance.present(s.id(), f.member("Ben"));
        f.attendance.signedIn(s.id(), Optional.empty());
        Session counted = f.sessions.headcount(s.id(), 2);
        assertThat(counted.named()).isEqualTo(2);
        assertThat(counted.anonymous()).isEqualTo(1);
        assertThat(counted.total()).isEqualTo(3);
        assertThat(counted.raised()).isTrue();
        assertThat(f.sessions.headcount(s.id(), 9).total()).isEqualTo(9);
        f.attendance.notPresent(s.id(), ana);
        assertThat(f.attendance.named(s.id())).extracting(Attendance.Named::personId).contains(ana);
        assertThatThrownBy(() -> f.sessions.headcount(s.id(), -1)).hasMessage("error.headcount");
        assertThatThrownBy(() -> f.sessions.headcount(s.id(), 5000)).hasMessage("error.headcount");
    }

    @Test
    void aSessionStartedTwiceSaysWhenItStarted() {
        f.weekly("SMART", DayOfWeek.WEDNESDAY);
        Session s = f.sessions.between(f.today(), f.today()).get(0);
        f.sessions.start(s.id(), "fac");
        f.clock.advance(Duration.ofMinutes(3));
        assertThatThrownBy(() -> f.sessions.start(s.id(), "other")).isInstanceOf(Refusal.class)
                .hasMessage("error.started");
        f.sessions.cancel(s.id(), true, Optional.of("Snow day"));
        assertThat(f.sessions.find(s.id()).orElseThrow().cancelNote()).contains("Snow day");
    }

    @Test
    void todaysSessionsAreOfferedToSignInAndItsVisitsCountThere() {
        long id = f.weekly("SMART", DayOfWeek.WEDNESDAY);
        f.weekly("Called off", DayOfWeek.WEDNESDAY);
        Session off = f.sessions.between(f.today(), f.today()).stream().filter(s -> s.groupId() != id).findFirst()
                .orElseThrow();
        f.sessions.cancel(off.id(), true, Optional.empty());
        List<Offering> offered = new GroupOfferings(f.sessions, f.groups).offerings(f.today(), Locale.ENGLISH);
        assertThat(offered).extracting(Offering::title).containsExactly("SMART");
        assertThat(offered.get(0).reference()).isEqualTo("group:" + id + "@" + f.today());

        VisitListener listener = new VisitListener(f.sessions, f.attendance);
        String ana = f.member("Ana");
        listener.handleEvent(visit(offered.get(0).reference(), ana));
        listener.handleEvent(visit(offered.get(0).reference(), null));
        listener.handleEvent(visit("group:999@" + f.today(), ana));
        listener.handleEvent(visit("event:1@" + f.today(), ana));
        Session s = f.sessions.find(id, f.today()).orElseThrow();
        assertThat(s.named()).isEqualTo(1);
        assertThat(s.anonymous()).isEqualTo(1);
    }

    @Test
    void aMemberDeletedAtTheirWishIsForgottenAndStillCountedAnonymously() {
        f.weekly("SMART", DayOfWeek.WEDNESDAY);
        Session s = f.sessions.between(f.today(), f.today()).get(0);
        String ana = f.member("Ana");
        f.attendance.present(s.id(), ana);
        new PersonRows(f.groupsDb).forget(ana);
        Session after = f.sessions.find(s.id()).orElseThrow();
        assertThat(after.named()).isZero();
        assertThat(after.total()).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM peergroups.attendance")).isZero();
    }

    @Test
    void aMergeKeepsOneRowASession() {
        f.weekly("SMART", DayOfWeek.WEDNESDAY);
        Session s = f.sessions.between(f.today(), f.today()).get(0);
        String ana = f.member("Ana");
        String twin = f.member("Anna");
        f.attendance.present(s.id(), ana);
        f.attendance.signedIn(s.id(), Optional.of(twin));
        new PersonRows(f.groupsDb).move(twin, ana);
        assertThat(f.attendance.named(s.id())).extracting(Attendance.Named::personId).containsExactly(ana);
    }

    @Test
    void anArchivedGroupKeepsItsHistoryAndMeetsNoMore() {
        long id = f.weekly("SMART", DayOfWeek.WEDNESDAY);
        Session s = f.sessions.between(f.today(), f.today()).get(0);
        f.attendance.present(s.id(), f.member("Ana"));
        f.sessions.between(f.today(), f.today().plusDays(14));
        f.groups.archive(id, f.today());
        assertThat(f.sessions.between(f.today(), f.today().plusDays(14))).extracting(Session::id).containsExactly(s.id());
        assertThat(f.groups.list(false)).isEmpty();
        assertThat(f.groups.list(true)).hasSize(1);
    }

    private static Event visit(String reference, String personId) {
        Map<String, Object> props = new Hashtable<>();
        props.put(HearthTopics.REFERENCE, reference);
        props.put(HearthTopics.PURPOSES, new String[] {"GROUP"});
        if (personId != null) {
            props.put(HearthTopics.PERSON_ID, personId);
        }
        return new Event(HearthTopics.VISIT_RECORDED, props);
    }
}
