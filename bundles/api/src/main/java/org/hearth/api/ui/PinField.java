package org.hearth.api.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import org.hearth.api.Texts;

/**
 * A field for a PIN (4 to 12 digits): a touchscreen or phone offers its number keyboard (the numeric hint is on
 * the real {@code <input>}, where browsers read it, not on the field around it), and the button that shows the
 * PIN is named in the viewer's language, from the calling bundle's text {@code pin.reveal}. Use on the UI
 * thread.
 *
 * @since 1.1
 */
public class PinField extends PasswordField {

    /** The longest PIN accepted. */
    public static final int MAX_DIGITS = 12;

    public PinField(Texts texts) {
        setMaxLength(MAX_DIGITS);
        setAllowedCharPattern("[0-9]");
        // the input is made by the web component once it is on the page, so the hint is set there
        getElement().executeJs("""
                const hint = () => { const i = this.inputElement;
                  if (!i) return false;
                  i.setAttribute('inputmode', 'numeric'); i.setAttribute('autocomplete', 'off'); return true; };
                if (!hint()) { (this.updateComplete || Promise.resolve()).then(hint); }
                this.i18n = Object.assign({}, this.i18n, {reveal: $0});
                """, texts.get("pin.reveal"));
    }
}
