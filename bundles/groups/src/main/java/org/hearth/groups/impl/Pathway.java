package org.hearth.groups.impl;

import java.util.Locale;
import java.util.Optional;

/** A pathway or topic on the center's own list (12-step, SMART Recovery, budgeting, …); none is preferred. */
record Pathway(String code, String nameEn, Optional<String> nameEs) {

    String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs.orElse(nameEn) : nameEn;
    }
}
