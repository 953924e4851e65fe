package org.hearth.api.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.hearth.api.PeopleDirectory;

/**
 * The field where a visitor types their chosen name, the same on every kiosk screen: every letter seen at
 * once (so matches can follow the typing), no browser autofill (which would offer the last visitor's name to
 * the next), and a right-to-left name shown the way it is written. A name longer than a name may be is not
 * cut off silently: the field takes a little more, so the screen can say kindly that it is too long.
 */
public final class ChosenNameField extends TextField {

    public ChosenNameField(String id, String label) {
        super(label);
        setId(id);
        setMaxLength(PeopleDirectory.MAX_NAME_LENGTH * 2);
        setValueChangeMode(ValueChangeMode.EAGER);
        setWidthFull();
        getElement().setAttribute("autocomplete", "off");
        getElement().setAttribute("dir", "auto");
    }
}
