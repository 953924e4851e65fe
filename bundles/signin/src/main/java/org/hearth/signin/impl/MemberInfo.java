package org.hearth.signin.impl;

import java.time.Instant;
import java.util.Optional;

/**
 * What sign-in keeps about a member beyond the platform's person record.
 *
 * @param personId     the platform's person id
 * @param tier         how known they want to be
 * @param howHeard     how they heard of the center, if they said
 * @param contact      how they would like to be contacted, only for {@link Tier#NAMED_CONTACT}
 * @param registeredAt when they first signed up at the kiosk
 */
record MemberInfo(String personId, Tier tier, Optional<HowHeard> howHeard, Optional<String> contact,
                  Instant registeredAt) {
}
