package org.hearth.api;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What the kiosk hands a module when it creates the module's view. Valid for that one view only.
 *
 * <p>Methods may be called only from the Vaadin UI thread that created the view (inside a request or
 * {@code UI.access}).
 */
public interface ModuleContext {

    /** The language chosen on screen (English or Spanish). */
    Locale locale();

    /** Who the view is for. The kiosk has already checked that this viewer may open the module. */
    Viewer viewer();

    /**
     * Ends the visitor's or staff member's turn: returns the screen to welcome and clears whatever the
     * last person typed or saw. Call it when a flow is complete (for example after a confirmation).
     */
    void finish();

    /**
     * The key tag or QR code scanned at the welcome screen that opened this view, if it was opened that
     * way (see {@link KioskModule#acceptsScans()}). Already trimmed; at most 64 characters.
     */
    default Optional<String> scannedCode() {
        return Optional.empty();
    }

    /**
     * Runs {@code then} once the signed-in viewer has given their PIN within the last {@code within}: at once
     * if they did, otherwise after asking for it again on screen (a wrong PIN counts towards the account's
     * lock). Never runs it for the anonymous visitor, or if the viewer cancels. Use before a sensitive read,
     * such as a supervision plan.
     *
     * @since 1.1
     */
    default void confirmPin(Duration within, Runnable then) {
        throw new UnsupportedOperationException("This kiosk cannot ask for the PIN again");
    }

    /** Loads this module's translations from its own bundle, in the viewer's language. */
    default Texts texts(Class<?> anchor, String baseName) {
        return Texts.load(anchor, baseName, locale());
    }
}
