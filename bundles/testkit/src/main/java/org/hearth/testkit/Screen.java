package org.hearth.testkit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearth.api.ui.OnScreenKeyboard;

/**
 * A view used as a person uses it, for plain unit tests and Pax Exam tests alike (no servlet, no browser): find
 * a component by its id, tap it, fill it in, read it. A component counts as on screen when it and every parent up
 * to the root are visible; a tap or a value on a hidden, disabled or read-only control fails the test, as it
 * would fail the person. Stateless; call from the test's thread.
 *
 * <pre>{@code
 * import static org.hearth.testkit.Screen.*;
 *
 * set(view, "signin-name", "Zar");
 * click(view, "signin-match-0");
 * assertThat(text(view, "signin-confirmation")).contains("Welcome");
 * }</pre>
 */
public final class Screen {

    private Screen() {
    }

    /** The root and every component under it, parents before children, hidden ones too. */
    public static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(Screen::all));
    }

    /** The first component on screen with this id. */
    public static Optional<Component> find(Component root, String id) {
        return onScreen(root).filter(c -> Optional.of(id).equals(c.getId())).findFirst();
    }

    /** Whether a component with this id is on screen. */
    public static boolean has(Component root, String id) {
        return find(root, id).isPresent();
    }

    /** The component on screen with this id; fails the test when there is none. */
    public static Component get(Component root, String id) {
        return find(root, id).orElseThrow(() -> new AssertionError("Nothing on screen with id " + id
                + "; on screen: " + ids(root)));
    }

    /** The component on screen with this id, of this type; fails the test when there is none or another type. */
    public static <T extends Component> T get(Component root, String id, Class<T> type) {
        Component found = get(root, id);
        if (!type.isInstance(found)) {
            throw new AssertionError(id + " is a " + found.getClass().getSimpleName() + ", not a "
                    + type.getSimpleName());
        }
        return type.cast(found);
    }

    /**
     * Taps the button (a Vaadin or a plain HTML one) with this id, or the key with this id on an {@link OnScreenKeyboard}; fails the test when it
     * is not on screen or is disabled.
     */
    public static void click(Component root, String id) {
        Optional<Component> found = find(root, id);
        if (found.isEmpty() && pressKey(root, id)) {
            return;
        }
        Component component = found.orElseThrow(() -> new AssertionError("No button on screen with id " + id
                + "; on screen: " + ids(root)));
        if (!(component instanceof Button) && !(component instanceof NativeButton)) {
            throw new AssertionError(id + " is a " + component.getClass().getSimpleName() + ", not a button");
        }
        if (!component.getElement().isEnabled()) {
            throw new AssertionError("The button " + id + " is disabled and cannot be tapped");
        }
        tap(component.getElement());
    }

    /**
     * The browser's click on an element: every click listener on it runs, Vaadin's click listeners and bare ones
     * alike, as when a person taps it.
     */
    public static void tap(Element element) {
        element.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, "click", JacksonUtils.createObjectNode()));
    }

    /** Gives the field with this id a value; fails the test when it is not on screen, disabled or read-only. */
    @SuppressWarnings("unchecked")
    public static <V> void set(Component root, String id, V value) {
        Component component = get(root, id);
        if (!(component instanceof HasValue<?, ?>)) {
            throw new AssertionError(id + " is a " + component.getClass().getSimpleName() + ", not a field");
        }
        if (!component.getElement().isEnabled()) {
            throw new AssertionError("The field " + id + " is disabled");
        }
        if (component instanceof HasValueAndElement<?, ?> field && field.isReadOnly()) {
            throw new AssertionError("The field " + id + " is read-only");
        }
        ((HasValue<?, V>) component).setValue(value);
    }

    /** The text of the component on screen with this id and of everything in it. */
    public static String text(Component root, String id) {
        return get(root, id).getElement().getTextRecursively();
    }

    /** Every text under the root and every field's value, for checking what a screen shows (or must not). */
    public static String allText(Component root) {
        return root.getElement().getTextRecursively() + " " + all(root).filter(c -> c instanceof HasValue<?, ?>)
                .map(c -> String.valueOf(((HasValue<?, ?>) c).getValue())).collect(Collectors.joining(" "));
    }

    private static Stream<Component> onScreen(Component root) {
        boolean visible = root.getElement().isTextNode() || root.isVisible();
        return visible ? Stream.concat(Stream.of(root), root.getChildren().flatMap(Screen::onScreen))
                : Stream.empty();
    }

    /** A tap on an on-screen key (HTML inside the keyboard, not a component): what its click listener does. */
    private static boolean pressKey(Component root, String id) {
        Pattern key = Pattern.compile("<button[^>]* id=\"" + Pattern.quote(id) + "\" data-key=\"([^\"]*)\"");
        return onScreen(root).filter(OnScreenKeyboard.class::isInstance).map(OnScreenKeyboard.class::cast)
                .anyMatch(keyboard -> {
                    Matcher found = key.matcher(keyboard.getElement().getProperty("innerHTML", ""));
                    if (found.find()) {
                        keyboard.press(unescape(found.group(1)));
                        return true;
                    }
                    return false;
                });
    }

    private static String unescape(String attribute) {
        return attribute.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String ids(Component root) {
        return onScreen(root).map(c -> c.getId().orElse(null)).filter(i -> i != null).limit(40)
                .collect(Collectors.joining(", "));
    }
}
