package org.hearth.signin.impl;

import java.util.Locale;

/** The languages a member may prefer; each is named in itself. */
enum Language {
    EN, ES;

    /** The language tag kept on the person record. */
    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language's own name for itself: English, español. */
    String label() {
        Locale locale = Locale.forLanguageTag(tag());
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    static java.util.Optional<Language> of(String tag) {
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag)) {
                return java.util.Optional.of(language);
            }
        }
        return java.util.Optional.empty();
    }
}
