package org.hearth.signin.impl;

import java.util.Optional;
import org.hearth.api.SignInPicture;

/**
 * What a visitor gave at their first visit. Only the chosen name is needed (and not even that for
 * {@link Tier#COUNT_ONLY}); everything else is theirs to give or not.
 */
record NewMember(String chosenName, Optional<String> lastInitial, Optional<String> preferredLanguage,
                 Optional<HowHeard> howHeard, Tier tier, Optional<String> contact, Optional<SignInPicture> picture) {

    NewMember(String chosenName, Optional<String> lastInitial, Optional<String> preferredLanguage,
              Optional<HowHeard> howHeard, Tier tier, Optional<String> contact) {
        this(chosenName, lastInitial, preferredLanguage, howHeard, tier, contact, Optional.empty());
    }
}
