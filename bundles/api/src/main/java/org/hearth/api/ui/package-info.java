/**
 * Screen parts every feature bundle may use, so a visitor meets the same ones in every module: the
 * on-screen keyboard for a touchscreen without a keyboard.
 */
@Export
@Version("1.1.0")
package org.hearth.api.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
