package org.hearth.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.hearth.kiosk.osgi.ModuleRegistry;

/** The grid of large touch tiles, one per module. */
final class Tiles extends Div {

    Tiles() {
        addClassName("tiles");
    }

    void show(List<ModuleRegistry.Entry> entries, Locale locale, String emptyText) {
        removeAll();
        if (entries.isEmpty()) {
            add(new Paragraph(emptyText));
            return;
        }
        for (ModuleRegistry.Entry entry : entries) {
            add(tile(entry, locale));
        }
    }

    private static Component tile(ModuleRegistry.Entry entry, Locale locale) {
        String id = ModuleRegistry.safeId(entry.module());
        Button tile = new Button(ModuleRegistry.safeTitle(entry.module(), locale));
        try {
            tile.setIcon(entry.module().icon().create());
        } catch (RuntimeException e) {
            // a module without a usable icon still gets its tile
        }
        tile.addClassName("tile");
        tile.setId("tile-" + id);
        tile.getElement().setAttribute("data-module", id);
        tile.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("m/" + id)));
        return tile;
    }
}
