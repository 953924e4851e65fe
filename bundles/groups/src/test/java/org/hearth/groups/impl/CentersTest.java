package org.hearth.groups.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.testkit.Screen.allText;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.CountScope;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Offering;
import org.hearth.api.Period;
import org.hearth.api.Viewer;
import org.hearth.testkit.TestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two centers, north and south, on one database: each sees its own groups; counts per center and network. */
@Tag("database")
class CentersTest {

    private final GroupsFixture f = new GroupsFixture();
    private final GroupBook north = new GroupBook(f.groupsDb, "north");
    private final GroupBook south = new GroupBook(f.groupsDb, "south");
    private final SessionBook northSessions = new SessionBook(f.groupsDb, north, f.clock);
    private final SessionBook southSessions = new SessionBook(f.groupsDb, south, f.clock);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void eachCenterSeesOnlyItsOwnGroupsAndSessions() {
        long smart = weekly(north, "SMART North");
        weekly(south, "All Recovery South");
        LocalDate today = f.today();

        assertThat(north.list(true)).extracting(Group::name).containsExactly("SMART North");
        assertThat(south.list(false)).extracting(Group::name).containsExactly("All Recovery South");
        assertThat(f.groups.list(true)).as("the default center has none").isEmpty();
        assertThat(northSessions.between(today, today.plusDays(6))).extracting(Session::groupId).containsExactly(smart);
        assertThat(new GroupOfferings(southSessions, south).offerings(today, Locale.ENGLISH)).extracting(Offering::title)
                .containsExactly("All Recovery South");
        String week = allText(new GroupsWeekView(services(north, northSessions), new TestContext(Viewer.VISITOR,
                Locale.ENGLISH)));
        assertThat(week).contains("SMART North").doesNotContain("All Recovery South");
        assertThat(f.sessions.between(today, today.plusDays(6))).isEmpty();
        assertThat(southSessions.find(smart, today)).as("a look-up by id finds any").isPresent();
    }

    @Test
    void eachCenterCountsItsOwnAndTheNetworkCountsAPersonOnce() {
        weekly(north, "SMART North");
        weekly(south, "All Recovery South");
        LocalDate today = f.today();
        Session atNorth = northSessions.between(today, today).get(0);
        Session atSouth = southSessions.between(today, today).get(0);
        f.attendance.present(atNorth.id(), "ana");
        f.attendance.signedIn(atNorth.id(), Optional.empty());
        f.attendance.present(atSouth.id(), "ana");
        f.attendance.present(atSouth.id(), "bea");
        GroupCounts counts = new GroupCounts(f.groupsDb);

        assertThat(counts.countsByCenter()).isTrue();
        assertThat(totals(counts, CountScope.of("north"))).containsExactly(1L, 2L, 1L);
        assertThat(totals(counts, CountScope.of("south"))).containsExactly(1L, 2L, 2L);
        assertThat(totals(counts, CountScope.NETWORK)).as("sessions, attendance, people: Ana once in the network")
                .containsExactly(2L, 4L, 2L);
        assertThat(totals(counts, CountScope.of("east"))).containsExactly(0L, 0L, 0L);
        assertThat(counts.count(GroupCounts.PEOPLE, today, today, Period.DAY)).as("without a scope, the network's")
                .isEqualTo(counts.count(GroupCounts.PEOPLE, today, today, Period.DAY, CountScope.NETWORK));
        assertThat(new GroupReport(f.groupsDb, "south").between(today, today).values())
                .containsExactly(new GroupReport.Line(atSouth.groupId(), 1, 2, 2));
    }

    @Test
    void groupsFromBeforeCentersBecomeTheFirstStartingKiosksCenter() {
        f.weekly("SMART", DayOfWeek.WEDNESDAY);
        f.groupsDb.jdbi().useHandle(h -> h.execute("UPDATE peergroups.peer_group SET center_id = NULL"));

        GroupBook atEast = new GroupBook(f.groupsDb, "east");

        assertThat(atEast.list(false)).extracting(Group::name).containsExactly("SMART");
        assertThat(new SessionBook(f.groupsDb, atEast, f.clock).between(f.today(), f.today())).hasSize(1);
        new GroupBook(f.groupsDb, "west");
        assertThat(f.count("SELECT COUNT(*) FROM peergroups.peer_group WHERE center_id = 'east'")).as("adopted once")
                .isEqualTo(1);
    }

    private long weekly(GroupBook book, String name) {
        return book.save(new Group(0, name, "smart", KindOfSupport.EMOTIONAL, new GroupSchedule(
                GroupSchedule.Frequency.WEEKLY, DayOfWeek.WEDNESDAY, Optional.empty(), LocalTime.of(18, 0),
                LocalTime.of(19, 30)), Optional.of("Room 2"), true, "en", f.today(), false, List.of()));
    }

    private GroupsServices services(GroupBook groups, SessionBook sessions) {
        return new GroupsServices(groups, sessions, f.attendance, new GroupReport(f.groupsDb, groups.center()), f.people,
                f.accounts, f.audit);
    }

    /** The day's sessions held, attendance and different people, in total. */
    private List<Long> totals(GroupCounts counts, CountScope scope) {
        LocalDate today = f.today();
        return List.of(GroupCounts.SESSIONS, GroupCounts.ATTENDANCE, GroupCounts.PEOPLE).stream()
                .map(measure -> counts.count(measure, today, today, Period.DAY, scope).stream()
                        .filter(c -> c.kind().isEmpty()).mapToLong(c -> c.value().longValueExact()).sum())
                .toList();
    }
}
