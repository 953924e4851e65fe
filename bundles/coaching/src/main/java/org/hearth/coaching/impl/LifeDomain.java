package org.hearth.coaching.impl;

import java.util.Locale;

/** The life domains a member's goals are written in (seed 000's recovery-wellness plan). */
enum LifeDomain {
    HOUSING, WORK_EDUCATION, FAMILY_SOCIAL, RECREATION, PHYSICAL_HEALTH, MENTAL_HEALTH, SPIRITUAL;

    String key() {
        return "domain." + name().toLowerCase(Locale.ROOT);
    }
}
