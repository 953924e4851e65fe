package org.hearth.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.dom.Element;
import org.hearth.api.Texts;

/**
 * A large on-screen number pad for a PIN on a touchscreen: the digits, back and clear, typing into one PIN field
 * at a time (the last one tapped). Like {@link OnScreenKeyboard} its keys are plain HTML buttons under one click
 * listener, with the ids {@code prefix + digit}, {@code prefix + "back"} and {@code prefix + "clear"}; the look
 * comes from the host's style sheet ({@code .kiosk-numberpad}). The labels of back and clear are the calling
 * bundle's texts {@code keyboard.back} and {@code keyboard.clear}. Use on the UI thread.
 *
 * @since 1.1
 */
@Tag("div")
public final class NumberPad extends Component {

    private static final String[] KEYS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"};

    private PasswordField target;

    /** A pad whose keys' ids start with {@code idPrefix} (for example {@code "pin-key-"}). */
    public NumberPad(Texts texts, String idPrefix) {
        getElement().getClassList().add("kiosk-numberpad");
        getElement().setAttribute("role", "group");
        for (String key : KEYS) {
            String label = switch (key) {
                case "clear" -> texts.get("keyboard.clear");
                case "back" -> "\u232b " + texts.get("keyboard.back");
                default -> key;
            };
            getElement().appendChild(key(idPrefix + key, label, key));
        }
        getElement().addEventListener("click", e -> press(e.getEventData().path("event.target.dataset.key").asString("")))
                .addEventData("event.target.dataset.key");
    }

    /** Types into {@code field} from now on. */
    public NumberPad attachTo(PasswordField field) {
        this.target = field;
        return this;
    }

    /** Makes the field the pad's target whenever it is tapped. */
    public NumberPad follow(PasswordField field) {
        field.addFocusListener(e -> attachTo(field));
        return this;
    }

    /** What a tap on a key does: a digit, {@code back} or {@code clear}; anything else is ignored. */
    public void press(String key) {
        if (target == null) {
            return;
        }
        String value = target.getValue();
        if ("clear".equals(key)) {
            target.setValue("");
        } else if ("back".equals(key)) {
            target.setValue(value.isEmpty() ? value : value.substring(0, value.length() - 1));
        } else if (key.length() == 1 && key.charAt(0) >= '0' && key.charAt(0) <= '9') {
            int max = target.getMaxLength() > 0 ? target.getMaxLength() : Integer.MAX_VALUE;
            if (value.length() < max) {
                target.setValue(value + key);
            }
        }
    }

    private static Element key(String id, String label, String value) {
        Element key = new Element("button");
        key.setAttribute("type", "button");
        key.setAttribute("id", id);
        key.setAttribute("data-key", value);
        key.setText(label);
        return key;
    }
}
