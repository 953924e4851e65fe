package org.hearth.events.impl;

import java.util.Locale;
import org.hearth.api.KindOfSupport;

/** The translation keys of the four kinds of support. */
final class Kinds {

    private Kinds() {
    }

    static String textKey(KindOfSupport kind) {
        return "kind." + kind.name().toLowerCase(Locale.ROOT);
    }
}
