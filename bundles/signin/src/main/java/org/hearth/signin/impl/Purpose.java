package org.hearth.signin.impl;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Why someone came today. Four are the kinds of support funders count; a visitor may pick any number of
 * purposes, or none: then the visit is recorded as {@link #NONE_GIVEN}, which no visitor picks. (Before 1.1 a
 * visit with no purpose was recorded as {@link #JUST_VISITING}; those visits stay as they were, as nothing tells
 * them from a visitor who tapped "Just visiting".)
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
    AFFILIATIONAL_SUPPORT(VaadinIcon.USERS),
    /** The visitor picked no purpose (counted and shown as "None given"); never a tile to tap. */
    NONE_GIVEN(VaadinIcon.MINUS);

    private final VaadinIcon icon;

    Purpose(VaadinIcon icon) {
        this.icon = icon;
    }

    public VaadinIcon icon() {
        return icon;
    }

    /** The purposes a visitor can tap, in order: every one but {@link #NONE_GIVEN}. */
    public static java.util.List<Purpose> pickable() {
        return java.util.Arrays.stream(values()).filter(p -> p != NONE_GIVEN).toList();
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
