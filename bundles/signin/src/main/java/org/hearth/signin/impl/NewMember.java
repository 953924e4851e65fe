package org.hearth.signin.impl;

import java.util.Optional;

/**
 * What a visitor gave at their first visit. Only the chosen name is needed (and not even that for
 * {@link Tier#COUNT_ONLY}); everything else is theirs to give or not.
 */
record NewMember(String chosenName, Optional<String> lastInitial, Optional<String> preferredLanguage,
                 Optional<HowHeard> howHeard, Tier tier, Optional<String> contact) {
}
