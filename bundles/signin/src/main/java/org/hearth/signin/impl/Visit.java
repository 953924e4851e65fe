package org.hearth.signin.impl;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One recorded visit.
 *
 * @param id          the visit's number
 * @param personId    who came, or empty for an anonymous count
 * @param visitedAt   when they signed in
 * @param purposes    why they came
 * @param reference   the group session or event they came for, if they picked one
 * @param signedOutAt when they signed out (or were signed out at closing time), if so
 */
public record Visit(long id, Optional<String> personId, Instant visitedAt, Set<Purpose> purposes,
                    Optional<String> reference, Optional<Instant> signedOutAt) {
}
