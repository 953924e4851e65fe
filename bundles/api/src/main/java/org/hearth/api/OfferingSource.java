package org.hearth.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Offered as a service by features that run groups or events, so that sign-in can ask "which one?"
 * without knowing those features exist. Must be quick (it is called while a visitor waits) and must
 * return only what may be shown on the kiosk to anyone: no names of participants.
 */
@ConsumerType
public interface OfferingSource {

    /** What is on during {@code day}, in the given language, sorted by start. */
    List<Offering> offerings(LocalDate day, Locale locale);
}
