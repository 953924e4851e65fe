package org.hearth.volunteers.impl;

import java.util.Locale;
import java.util.Optional;

/**
 * A kind of shift on the center's own list, with what it asks of the person taking it.
 *
 * @param code           stable code, also the scheduler's role code for {@link org.hearth.api.SchedulingLimit}
 * @param nameEn         the name in English
 * @param nameEs         the name in Spanish, if the center gave one
 * @param needsCoach     only recovery coaches may take it
 * @param minDays        days since the person first came to the center before they may take it
 * @param needsOversight a recovery associate may take it only with a coach or supervisor on the same shift
 */
record ShiftRole(String code, String nameEn, Optional<String> nameEs, boolean needsCoach, int minDays,
                 boolean needsOversight) {

    String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs.orElse(nameEn) : nameEn;
    }
}
