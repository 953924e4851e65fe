package org.hearth.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.hearth.api.Viewer;
import java.util.List;
import java.util.Locale;
import org.hearth.kiosk.osgi.ModuleRegistry;

/** The grid of large touch tiles, one per module. */
final class Tiles extends Div {

    Tiles() {
        addClassName("tiles");
    }

    void show(List<ModuleRegistry.Entry> entries, Locale locale, Viewer viewer, String emptyText) {
        removeAll();
        if (entries.isEmpty()) {
            add(new Paragraph(emptyText));
            return;
        }
        for (ModuleRegistry.Entry entry : entries) {
            add(tile(entry, locale, viewer));
        }
    }

    private static Component tile(ModuleRegistry.Entry entry, Locale locale, Viewer viewer) {
        String id = ModuleRegistry.safeId(entry.module());
        Button tile = new Button(ModuleRegistry.safeTitle(entry.module(), locale));
        ModuleRegistry.safeNotice(entry.module(), locale, viewer).ifPresent(notice -> {
            Span line = new Span(notice);
            line.addClassName("tile-notice");
            tile.getElement().appendChild(line.getElement());
        });
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
