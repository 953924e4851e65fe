package org.hearth.groups.impl;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.KindOfSupport;

/** What the group form edits. Mutable, for Binder; {@link #group()} checks it. */
final class GroupDraft {

    long id;
    String name = "";
    String pathway = "all_recovery";
    KindOfSupport kind = KindOfSupport.EMOTIONAL;
    GroupSchedule.Frequency frequency = GroupSchedule.Frequency.WEEKLY;
    DayOfWeek weekday = DayOfWeek.MONDAY;
    Integer weekOfMonth = 1;
    LocalTime start = LocalTime.of(18, 0);
    LocalTime end = LocalTime.of(19, 0);
    String room = "";
    boolean open = true;
    String language = "en";
    LocalDate from;
    Set<String> facilitators = new HashSet<>();

    static GroupDraft of(Group g) {
        GroupDraft d = new GroupDraft();
        d.id = g.id();
        d.name = g.name();
        d.pathway = g.pathwayCode();
        d.kind = g.kind();
        d.frequency = g.schedule().frequency();
        d.weekday = g.schedule().weekday();
        d.weekOfMonth = g.schedule().weekOfMonth().orElse(1);
        d.start = g.schedule().start();
        d.end = g.schedule().end();
        d.room = g.room().orElse("");
        d.open = g.open();
        d.language = g.language();
        d.from = g.from();
        d.facilitators = new HashSet<>(g.facilitators());
        return d;
    }

    Group group() {
        GroupSchedule schedule = new GroupSchedule(frequency, weekday, Optional.ofNullable(weekOfMonth), start, end);
        return new Group(id, name, pathway, kind, schedule, Optional.ofNullable(room), open, language, from, false,
                List.copyOf(facilitators));
    }
}
