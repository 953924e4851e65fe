package org.hearth.groups.impl;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.api.KindOfSupport;

/**
 * A peer-led group: name, pathway or topic, kind of support, schedule, room, open to anyone or closed, its
 * language, and its usual facilitators. An archived group meets no more; its history is kept.
 */
record Group(long id, String name, String pathwayCode, KindOfSupport kind, GroupSchedule schedule,
             Optional<String> room, boolean open, String language, LocalDate from, boolean archived,
             List<String> facilitators) {

    static final int MAX_NAME = 120;
    static final int MAX_ROOM = 120;

    Group {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("error.name");
        }
        room = room.map(String::strip).filter(r -> !r.isEmpty());
        if (room.map(r -> r.length() > MAX_ROOM).orElse(false)) {
            throw new IllegalArgumentException("error.room");
        }
        if (!language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("error.language");
        }
        facilitators = List.copyOf(facilitators);
    }
}
