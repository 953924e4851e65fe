/**
 * Shared pieces for a feature's own database schema: migrated from the SQL files the bundle ships, then
 * used through JDBI (exported by the kiosk).
 *
 * @since 1.1
 */
@Export
@Version("1.0.0")
package org.hearth.api.data;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
