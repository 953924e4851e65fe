package org.hearth.coaching.impl;

import java.util.Locale;

/** How a coach and a member were in touch. */
enum ContactKind {
    IN_PERSON, PHONE, TEXT, AT_CENTER, COMMUNITY;

    String key() {
        return "how." + name().toLowerCase(Locale.ROOT);
    }
}
