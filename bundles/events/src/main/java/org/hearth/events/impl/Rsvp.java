package org.hearth.events.impl;

import java.time.Instant;
import java.util.Optional;

/**
 * A place kept for a party at one occurrence: a member (with any guests) or a count of guests.
 *
 * @param personId the member's id; empty for guests who did not say who they are
 * @param seats    how many people the party is
 */
record Rsvp(long id, OccurrenceKey key, Optional<String> personId, int seats, Status status, Instant createdAt) {

    enum Status { CONFIRMED, WAITLIST, CANCELLED }
}
