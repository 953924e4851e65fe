package org.hearth.api;

import java.time.Instant;
import java.util.Optional;

/**
 * Someone the center knows: a member, a volunteer or a staff member. One stable id and a chosen name;
 * everything else is optional and given only by the person's own choice. There is no field for
 * anything clinical, and there never will be.
 *
 * @param id                stable, opaque id (never reused)
 * @param chosenName        the name the person chose to be known by
 * @param lastInitial       optional last initial, to tell apart two people with one chosen name
 * @param preferredLanguage optional language tag, for example {@code es}
 * @param keyTag            optional key tag or QR code number assigned by staff
 * @param registeredAt      when the person was first registered
 */
public record Person(String id, String chosenName, Optional<String> lastInitial,
                     Optional<String> preferredLanguage, Optional<String> keyTag, Instant registeredAt) {
}
