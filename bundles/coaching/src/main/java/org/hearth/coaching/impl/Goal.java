package org.hearth.coaching.impl;

import java.time.LocalDate;
import java.util.Optional;

/** One goal of a plan in one life domain, in the member's own words, with the next step and, if they like, a date. */
record Goal(LifeDomain domain, String words, String step, Optional<LocalDate> stepBy, Optional<Long> resourceId) {

    static final int MAX_WORDS = 500;
}
