package org.hearth.api.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.HtmlUtils;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.api.Texts;

/**
 * Large on-screen keys that type into one text field at a time (the last one tapped): digits, letters
 * with the Spanish ones, a few signs, space, back and clear. Names are capitalised as they are typed
 * ("jo" gives "Jo").
 *
 * <p>The keys are plain HTML buttons under a single click listener, not a component each: a sign-in
 * screen is built for every visitor, and fifty components per keyboard were a fifth of its cost. They are sent
 * as one piece of HTML, made once per language: fifty elements with their texts were still a twelfth of a
 * sign-in's server time. Each key
 * has the id {@code prefix + key}, where key is the lower-case letter or digit, {@code u} and the hex code
 * for any other character, or {@code space}, {@code back}, {@code clear}. The look comes from the
 * host's style sheet ({@code .kiosk-keyboard}). The labels of the three wide keys are the calling bundle's
 * texts {@code keyboard.space}, {@code keyboard.back} and {@code keyboard.clear}.
 */
@Tag("div")
public final class OnScreenKeyboard extends Component {

    private static final String[] ROWS = {"1234567890", "QWERTYUIOP", "ASDFGHJKLÑ", "ZXCVBNM'-.", "ÁÉÍÓÚÜ@"};
    private static final String SPACE = "space";
    private static final String BACK = "back";
    private static final String CLEAR = "clear";

    /** What a tap hit: the key's value, also when the tap lands on the key's text. */
    private static final String KEY_OF_TAP = "event.target.closest('button[data-key]')?.dataset.key";
    /** The keys' HTML by id prefix and labels: the same for every visitor in a language, so made once. */
    private static final Map<List<String>, String> MARKUP = new ConcurrentHashMap<>();

    private TextField target;
    private boolean capitalise;

    /** A keyboard whose keys' ids start with {@code idPrefix} (for example {@code "key-"}). */
    public OnScreenKeyboard(Texts texts, String idPrefix) {
        getElement().getClassList().add("kiosk-keyboard");
        getElement().setProperty("innerHTML", MARKUP.computeIfAbsent(List.of(idPrefix, texts.get("keyboard.space"),
                texts.get("keyboard.back"), texts.get("keyboard.clear")), OnScreenKeyboard::markup));
        getElement().addEventListener("click", e -> {
            String key = e.getEventData().path(KEY_OF_TAP).asString("");
            if (!key.isEmpty()) {
                press(key);
            }
        }).addEventData(KEY_OF_TAP);
    }

    /** Types into {@code field} from now on; {@code capitalise} for names, not for contact details. */
    public OnScreenKeyboard attachTo(TextField field, boolean capitalise) {
        this.target = field;
        this.capitalise = capitalise;
        return this;
    }

    /** Makes the field the keyboard's target whenever it is tapped. */
    public OnScreenKeyboard follow(TextField field, boolean capitalise) {
        field.addFocusListener(e -> attachTo(field, capitalise));
        return this;
    }

    /**
     * What a tap on a key does: {@code key} is a character on the keyboard, or {@code space},
     * {@code back} or {@code clear}. Anything else is ignored.
     */
    public void press(String key) {
        switch (key) {
            case SPACE -> type(" ");
            case BACK -> backspace();
            case CLEAR -> setValue("");
            default -> {
                if (onKeyboard(key)) {
                    type(key);
                }
            }
        }
    }

    /** The id suffix of a character's key. */
    public static String keyId(String letter) {
        int c = letter.codePointAt(0);
        return c < 128 && Character.isLetterOrDigit(c) ? letter.toLowerCase(Locale.ROOT) : "u" + Integer.toHexString(c);
    }

    private static boolean onKeyboard(String key) {
        String upper = key.toUpperCase(Locale.ROOT);
        return upper.codePointCount(0, upper.length()) == 1
                && java.util.Arrays.stream(ROWS).anyMatch(row -> row.contains(upper));
    }

    private void type(String text) {
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

    /** The keys as HTML, for an id prefix and the labels of space, back and clear (in that order). */
    private static String markup(List<String> prefixAndLabels) {
        String prefix = prefixAndLabels.get(0);
        StringBuilder html = new StringBuilder();
        for (String row : ROWS) {
            html.append("<div class=\"kiosk-keyboard-row\">");
            row.codePoints().forEach(c -> {
                String letter = new String(Character.toChars(c));
                key(html, prefix + keyId(letter), letter, letter, null);
            });
            html.append("</div>");
        }
        html.append("<div class=\"kiosk-keyboard-row\">");
        key(html, prefix + SPACE, prefixAndLabels.get(1), SPACE, "6");
        key(html, prefix + BACK, "⌫ " + prefixAndLabels.get(2), BACK, "2");
        key(html, prefix + CLEAR, prefixAndLabels.get(3), CLEAR, "2");
        return html.append("</div>").toString();
    }

    private static void key(StringBuilder html, String id, String label, String value, String wide) {
        html.append("<button type=\"button\" id=\"").append(HtmlUtils.escape(id)).append("\" data-key=\"")
                .append(HtmlUtils.escape(value)).append('"');
        if (wide != null) {
            html.append(" data-wide=\"").append(wide).append('"');
        }
        html.append('>').append(HtmlUtils.escape(label)).append("</button>");
    }
}
