package org.hearth.signin.impl;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Why someone came today. The last four are the kinds of support funders count; a visitor may pick any
 * number of purposes, or none (which counts as just visiting).
 */
public enum Purpose {
    GROUP(VaadinIcon.GROUP),
    EVENT(VaadinIcon.CALENDAR),
    PEER_COACH(VaadinIcon.HANDSHAKE),
    COMPUTER(VaadinIcon.LAPTOP),
    VOLUNTEERING(VaadinIcon.HEART),
    JUST_VISITING(VaadinIcon.COFFEE),
    EMOTIONAL_SUPPORT(VaadinIcon.COMMENTS),
    INFORMATIONAL_SUPPORT(VaadinIcon.BOOK),
    INSTRUMENTAL_SUPPORT(VaadinIcon.CAR),
    AFFILIATIONAL_SUPPORT(VaadinIcon.USERS);

    private final VaadinIcon icon;

    Purpose(VaadinIcon icon) {
        this.icon = icon;
    }

    public VaadinIcon icon() {
        return icon;
    }

    /** The purpose with this code, if it is one (codes of purposes removed in a later version are skipped). */
    public static java.util.Optional<Purpose> parse(String code) {
        for (Purpose purpose : values()) {
            if (purpose.name().equals(code)) {
                return java.util.Optional.of(purpose);
            }
        }
        return java.util.Optional.empty();
    }

    /** The translation key of this purpose's label. */
    public String textKey() {
        return "purpose." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
