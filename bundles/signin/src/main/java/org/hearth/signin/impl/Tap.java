package org.hearth.signin.impl;

import com.vaadin.flow.component.Component;

/**
 * What a tap on a sign-in button does, as a bare click listener. Vaadin's own click listener asks the browser for a
 * dozen details of every click (position, keys held, count) that sign-in never reads; registering them on each
 * button, for every visitor, was a tenth of a sign-in's server time.
 */
final class Tap {

    private Tap() {
    }

    /** Runs {@code action} when the button is tapped (or pressed with Enter or Space); returns the button. */
    static <T extends Component> T on(T button, Runnable action) {
        button.getElement().addEventListener("click", e -> action.run());
        return button;
    }
}
