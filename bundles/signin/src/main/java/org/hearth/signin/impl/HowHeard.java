package org.hearth.signin.impl;

import java.util.Locale;

/** How a new member heard of the center, if they care to say. Counted for outreach, never required. */
public enum HowHeard {
    FRIEND_OR_FAMILY,
    ANOTHER_MEMBER,
    ANOTHER_ORGANIZATION,
    EVENT_OR_FLYER,
    ONLINE,
    WALKED_BY,
    OTHER;

    /** The translation key of this answer's label. */
    public String textKey() {
        return "heard." + name().toLowerCase(Locale.ROOT);
    }
}
