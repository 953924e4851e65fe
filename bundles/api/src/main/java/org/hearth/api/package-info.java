/**
 * The Hearth API: what a feature bundle or a local program implements ({@link org.hearth.api.KioskModule})
 * and what it may use (the platform services, the clock, translations, and the EventAdmin topics in
 * {@link org.hearth.api.HearthTopics}).
 *
 * <p>A bundle built against this package alone, plus Vaadin, SLF4J and the OSGi annotations, runs in
 * the Hearth kiosk.
 */
@Export
@Version("1.2.0")
package org.hearth.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
