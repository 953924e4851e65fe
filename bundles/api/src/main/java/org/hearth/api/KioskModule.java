package org.hearth.api;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A feature's contribution to the kiosk: a tile on the welcome screen or the staff home, and the view it
 * opens. Register an implementation as an OSGi service (a Declarative Services component) and the tile
 * appears live; unregister it and the tile, and any open view of it, go away.
 *
 * <p>The kiosk checks {@link #audience()} before calling {@link #createView}, and shows a calm error
 * panel if {@code createView} throws, so a failing module never takes the kiosk down.
 */
@ConsumerType
public interface KioskModule {

    /** A stable, URL-safe id, unique in the kiosk, for example {@code signin}. */
    String id();

    /** The tile's title in the given language. */
    String title(Locale locale);

    /** The tile's icon. */
    VaadinIcon icon();

    /**
     * Who may open this module. {@link Role#VISITOR} puts the tile on the welcome screen; any other role
     * puts it on that role's staff home. A coordinator sees every staff module.
     */
    Set<Role> audience();

    /** Tiles are sorted by this number, smallest first; ties by title. */
    default int order() {
        return 100;
    }

    /**
     * Whether this module takes key tags and QR codes scanned at the welcome screen (a USB scanner types
     * the code and presses Enter). The kiosk opens the first such module, by {@link #order()}, with the
     * code in {@link ModuleContext#scannedCode()}.
     */
    default boolean acceptsScans() {
        return false;
    }

    /**
     * A short line shown on the module's tile for this viewer, for example "2 people would like to talk";
     * empty for none. Called on the UI thread whenever the kiosk redraws tiles (at least every few seconds
     * on a staff home), so it must be quick and must not reveal anything the viewer may not see.
     */
    default Optional<String> notice(Locale locale, Viewer viewer) {
        return Optional.empty();
    }

    /**
     * Creates a fresh view for one viewer. Called on the UI thread, once per visit to the module; the
     * view must not be shared between viewers or cached.
     */
    Component createView(ModuleContext context);
}
