package org.hearth.signin.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.hearth.api.Texts;

/**
 * An on-screen keyboard for a touchscreen with no keyboard: large keys that type into one text field at a
 * time (the last one tapped). Names are capitalised as they are typed ("jo" gives "Jo").
 */
final class Keyboard extends Div {

    private static final String[] ROWS = {"1234567890", "QWERTYUIOP", "ASDFGHJKLÑ", "ZXCVBNM'-.", "ÁÉÍÓÚÜ@"};

    private TextField target;
    private boolean capitalise;

    Keyboard(Texts texts) {
        addClassName("signin-keyboard");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "6px").set("margin", "8px 0");
        for (String row : ROWS) {
            Div line = line();
            row.codePoints().forEach(c -> line.add(key(new String(Character.toChars(c)))));
            add(line);
        }
        Div last = line();
        last.add(special("key-space", texts.get("keyboard.space"), null, 6, () -> type(" ")),
                special("key-back", texts.get("keyboard.back"), VaadinIcon.ARROW_BACKWARD, 2, this::backspace),
                special("key-clear", texts.get("keyboard.clear"), null, 2, () -> setValue("")));
        add(last);
    }

    /** Types into {@code field} from now on; {@code capitalise} for names, not for contact details. */
    Keyboard attachTo(TextField field, boolean capitalise) {
        this.target = field;
        this.capitalise = capitalise;
        return this;
    }

    /** Makes the field the keyboard's target whenever it is tapped. */
    Keyboard follow(TextField field, boolean capitalise) {
        field.addFocusListener(e -> attachTo(field, capitalise));
        return this;
    }

    private Button key(String letter) {
        Button key = new Button(letter, e -> type(letter));
        key.setId("key-" + keyId(letter));
        style(key, 1);
        return key;
    }

    private Button special(String id, String label, VaadinIcon icon, int width, Runnable action) {
        Button key = icon == null ? new Button(label, e -> action.run()) : new Button(label, icon.create(), e -> action.run());
        key.setId(id);
        style(key, width);
        return key;
    }

    static String keyId(String letter) {
        int c = letter.codePointAt(0);
        return c < 128 && Character.isLetterOrDigit(c) ? letter.toLowerCase(Locale.ROOT) : "u" + Integer.toHexString(c);
    }

    void type(String text) {
        if (target == null) {
            return;
        }
        String value = target.getValue();
        boolean startOfWord = value.isEmpty() || value.endsWith(" ") || value.endsWith("-");
        String typed = capitalise && startOfWord ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
        int max = target.getMaxLength() > 0 ? target.getMaxLength() : Integer.MAX_VALUE;
        if (value.length() + typed.length() <= max) {
            setValue(value + typed);
        }
    }

    private void backspace() {
        if (target != null && !target.getValue().isEmpty()) {
            String value = target.getValue();
            setValue(value.substring(0, value.offsetByCodePoints(value.length(), -1)));
        }
    }

    private void setValue(String value) {
        if (target != null) {
            target.setValue(value);
        }
    }

    private static Div line() {
        Div line = new Div();
        line.getStyle().set("display", "flex").set("gap", "6px").set("flex-wrap", "nowrap");
        return line;
    }

    private static void style(Button key, int width) {
        key.getStyle().set("flex", width + " 1 0").set("min-width", "44px").set("min-height", "56px")
                .set("font-size", "1.3rem").set("margin", "0").set("padding", "0 4px");
    }
}
