package org.hearth.events.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.hearth.api.Texts;

/** Large on-screen keys for a touchscreen without a keyboard, typing a name into one field. */
final class Keyboard extends Div {

    private static final String[] ROWS = {"QWERTYUIOP", "ASDFGHJKLÑ", "ZXCVBNM'-", "ÁÉÍÓÚÜ"};

    private final TextField target;

    Keyboard(Texts texts, TextField target) {
        this.target = target;
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "6px").set("margin", "8px 0");
        for (String row : ROWS) {
            Div line = line();
            row.codePoints().forEach(c -> {
                String letter = new String(Character.toChars(c));
                line.add(key(letter, letter, 1, () -> type(letter)));
            });
            add(line);
        }
        Div last = line();
        last.add(key(texts.get("keyboard.space"), "space", 5, () -> type(" ")),
                key(texts.get("keyboard.back"), "back", 2, this::backspace));
        add(last);
    }

    private Button key(String label, String name, int width, Runnable action) {
        Button key = new Button(label, e -> action.run());
        int c = name.codePointAt(0);
        key.setId("rsvp-key-" + (name.length() > 1 ? name : c < 128 ? name.toLowerCase(Locale.ROOT) : "u" + Integer.toHexString(c)));
        key.getStyle().set("flex", width + " 1 0").set("min-width", "44px").set("min-height", "56px")
                .set("font-size", "1.3rem").set("margin", "0").set("padding", "0 4px");
        return key;
    }

    private void type(String text) {
        String value = target.getValue();
        boolean startOfWord = value.isEmpty() || value.endsWith(" ") || value.endsWith("-");
        String typed = startOfWord ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
        if (value.length() + typed.length() <= target.getMaxLength()) {
            target.setValue(value + typed);
        }
    }

    private void backspace() {
        String value = target.getValue();
        if (!value.isEmpty()) {
            target.setValue(value.substring(0, value.offsetByCodePoints(value.length(), -1)));
        }
    }

    private static Div line() {
        Div line = new Div();
        line.getStyle().set("display", "flex").set("gap", "6px").set("flex-wrap", "nowrap");
        return line;
    }
}
