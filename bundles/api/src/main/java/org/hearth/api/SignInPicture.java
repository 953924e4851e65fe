package org.hearth.api;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/**
 * A small picture a member may choose at their first visit. It is shown beside their masked name when they
 * find themselves on the kiosk, so two similar names ("Mar•• T.") can be told apart without showing more of
 * either name. It says nothing about the person.
 *
 * @since 1.1
 */
public enum SignInPicture {
    SUN(VaadinIcon.SUN_O), MOON(VaadinIcon.MOON_O), STAR(VaadinIcon.STAR), HEART(VaadinIcon.HEART),
    COFFEE(VaadinIcon.COFFEE), MUSIC(VaadinIcon.MUSIC), BOOK(VaadinIcon.BOOK), ANCHOR(VaadinIcon.ANCHOR),
    BOAT(VaadinIcon.BOAT), UMBRELLA(VaadinIcon.UMBRELLA), GIFT(VaadinIcon.GIFT), LIGHTBULB(VaadinIcon.LIGHTBULB);

    private final VaadinIcon icon;

    SignInPicture(VaadinIcon icon) {
        this.icon = icon;
    }

    /** The icon drawn for this picture. */
    public VaadinIcon icon() {
        return icon;
    }

    /** The picture's name in the given language, for a screen reader and for the member choosing it. */
    public String label(Locale locale) {
        return Texts.load(SignInPicture.class, "i18n.hearthapi", locale).get("picture." + name().toLowerCase(Locale.ROOT));
    }
}
