package org.hearth.signin.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearth.api.Offering;
import org.hearth.api.Texts;

/**
 * Tiles for why someone came (any number) and, when a feature offers them, today's groups and events (one):
 * picking a group or event also picks its purpose. The state lives in a {@link PurposeChoice}.
 */
final class PurposeTiles extends Div {

    private final PurposeChoice choice;
    private final Map<Purpose, Button> purposeButtons = new HashMap<>();
    private final Map<Offering, Button> offeringButtons = new HashMap<>();

    PurposeTiles(Texts texts, PurposeChoice choice, List<Offering> offerings, ZoneId zone) {
        this.choice = choice;
        getStyle().set("width", "100%");
        if (!offerings.isEmpty()) {
            Div today = grid();
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale());
            for (int i = 0; i < offerings.size(); i++) {
                Offering offering = offerings.get(i);
                Button button = tile(offering.title() + " \u00b7 " + time.format(offering.start().atZone(zone)),
                        offering.type() == Offering.Type.GROUP ? VaadinIcon.GROUP : VaadinIcon.CALENDAR);
                button.setId("offering-" + i);
                button.getElement().setAttribute("dir", "auto");
                button.addClickListener(e -> {
                    choice.pick(offering);
                    refresh();
                });
                offeringButtons.put(offering, button);
                today.add(button);
            }
            add(new H3(texts.get("offerings.title")), today, new H3(texts.get("purposes.more")));
        }
        Div purposes = grid();
        for (Purpose purpose : Purpose.pickable()) {
            Button button = tile(texts.get(purpose.textKey()), purpose.icon());
            button.setId("purpose-" + purpose.name().toLowerCase(Locale.ROOT));
            button.addClickListener(e -> {
                choice.toggle(purpose);
                refresh();
            });
            purposeButtons.put(purpose, button);
            purposes.add(button);
        }
        add(purposes);
        refresh();
    }

    private void refresh() {
        purposeButtons.forEach((purpose, button) -> show(button, choice.isOn(purpose)));
        offeringButtons.forEach((offering, button) -> show(button, choice.isPicked(offering)));
    }

    private static void show(Button button, boolean on) {
        button.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        if (on) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    private static Button tile(String label, VaadinIcon icon) {
        Button button = new Button(label, icon.create());
        button.addClassName("tile");
        button.getStyle().set("min-height", "88px").set("font-size", "1.15rem");
        return button;
    }

    private static Div grid() {
        Div grid = new Div();
        grid.addClassName("tiles");
        grid.getStyle().set("grid-template-columns", "repeat(auto-fill, minmax(200px, 1fr))").set("gap", "12px");
        return grid;
    }
}
