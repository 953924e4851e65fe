package org.hearth.events.impl;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an event is like, from a fixed list so that every tag has a translation and none names or favours a
 * recovery pathway: every event is open to people of every pathway.
 */
enum Tag {
    FAMILY, FOOD, GAMES, SPORTS, OUTDOORS, ARTS, MUSIC, HOLIDAY, LEARNING, WELLNESS, VOLUNTEERING;

    String textKey() {
        return "tag." + name().toLowerCase(Locale.ROOT);
    }

    /** Tags as stored: their names, comma-separated, in a stable order. */
    static String store(Set<Tag> tags) {
        return tags.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Tags as read back; names this version does not know are left out. */
    static Set<Tag> parse(String stored) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        if (stored != null) {
            for (String name : stored.split(",")) {
                for (Tag tag : values()) {
                    if (tag.name().equals(name.strip())) {
                        tags.add(tag);
                    }
                }
            }
        }
        return tags;
    }
}
