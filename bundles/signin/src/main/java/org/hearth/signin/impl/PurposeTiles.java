package org.hearth.signin.impl;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
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
 *
 * <p>Each tile is a plain HTML button with a bare click listener, not a Vaadin button: a Vaadin button asks the
 * browser for a dozen details of every click, and registering those for twenty tiles per visitor was a quarter
 * of a sign-in's server time. A picked tile has {@code aria-pressed="true"}; its look is the host's style sheet
 * ({@code .purpose-tile}).
 */
final class PurposeTiles extends Div {

    private final Texts texts;
    private final PurposeChoice choice;
    private final ZoneId zone;
    private boolean offered;
    private final Map<Purpose, NativeButton> purposeButtons = new HashMap<>();
    private final Map<Offering, NativeButton> offeringButtons = new HashMap<>();

    PurposeTiles(Texts texts, PurposeChoice choice, ZoneId zone) {
        this.texts = texts;
        this.choice = choice;
        this.zone = zone;
        getStyle().set("width", "100%");
        Div purposes = grid();
        for (Purpose purpose : Purpose.pickable()) {
            NativeButton button = tile("purpose-" + purpose.name().toLowerCase(Locale.ROOT),
                    texts.get(purpose.textKey()), purpose.icon(), () -> {
                        choice.toggle(purpose);
                        refresh();
                    });
            purposeButtons.put(purpose, button);
            purposes.add(button);
        }
        add(purposes);
        refresh();
    }

    /**
     * Puts today's groups and events above the purposes, once: the same tiles go from the start of sign-in to
     * "why did you come", so the visitor's picks stay as they were and nothing is built twice.
     */
    PurposeTiles offer(List<Offering> offerings) {
        if (offered || offerings.isEmpty()) {
            return this;
        }
        offered = true;
        Div today = grid();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale());
        for (int i = 0; i < offerings.size(); i++) {
            Offering offering = offerings.get(i);
            NativeButton button = tile("offering-" + i,
                    offering.title() + " \u00b7 " + time.format(offering.start().atZone(zone)),
                    offering.type() == Offering.Type.GROUP ? VaadinIcon.GROUP : VaadinIcon.CALENDAR, () -> {
                        choice.pick(offering);
                        refresh();
                    });
            button.getElement().setAttribute("dir", "auto");
            offeringButtons.put(offering, button);
            today.add(button);
        }
        addComponentAtIndex(0, new H3(texts.get("offerings.title")));
        addComponentAtIndex(1, today);
        addComponentAtIndex(2, new H3(texts.get("purposes.more")));
        refresh();
        return this;
    }

    private void refresh() {
        purposeButtons.forEach((purpose, button) -> show(button, choice.isOn(purpose)));
        offeringButtons.forEach((offering, button) -> show(button, choice.isPicked(offering)));
    }

    private static void show(NativeButton button, boolean on) {
        button.getElement().setAttribute("aria-pressed", Boolean.toString(on));
    }

    private static NativeButton tile(String id, String label, VaadinIcon icon, Runnable onTap) {
        NativeButton button = new NativeButton();
        button.setId(id);
        button.addClassName("purpose-tile");
        Element element = button.getElement();
        element.setAttribute("type", "button");
        element.appendChild(new Element("vaadin-icon").setAttribute("icon", iconName(icon))
                        .setAttribute("aria-hidden", "true"), new Element("span").setText(label));
        element.addEventListener("click", e -> onTap.run());
        return button;
    }

    /** The name {@code <vaadin-icon>} knows the icon by, as {@link VaadinIcon#create()} would set it. */
    private static String iconName(VaadinIcon icon) {
        return "vaadin:" + icon.name().toLowerCase(Locale.ENGLISH).replace('_', '-');
    }

    private static Div grid() {
        Div grid = new Div();
        grid.addClassName("purpose-tiles");
        return grid;
    }
}
