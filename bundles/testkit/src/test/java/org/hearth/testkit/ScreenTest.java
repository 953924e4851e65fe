package org.hearth.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The helpers fail a test where a person could not tap or type: hidden, disabled, read-only. */
class ScreenTest {

    private final List<String> taps = new ArrayList<>();
    private final Button save = button("save");
    private final TextField name = new TextField();
    private final Div hidden = new Div(button("hidden-child"));
    private final Div view = new Div(save, name, hidden, new Span("Welcome"));

    ScreenTest() {
        name.setId("name");
        hidden.setVisible(false);
    }

    @Test
    void aVisibleEnabledButtonIsTappedAndAFieldFilledIn() {
        Screen.click(view, "save");
        Screen.set(view, "name", "Rosa");
        assertThat(taps).containsExactly("save");
        assertThat(name.getValue()).isEqualTo("Rosa");
        assertThat(Screen.allText(view)).contains("Welcome", "Rosa");
        assertThat(Screen.all(view)).as("hidden ones and button texts too").hasSize(8);
    }

    @Test
    void aDisabledButtonOrOneInADisabledParentCannotBeTapped() {
        save.setEnabled(false);
        assertThatThrownBy(() -> Screen.click(view, "save")).hasMessageContaining("disabled");
        save.setEnabled(true);
        view.setEnabled(false);
        assertThatThrownBy(() -> Screen.click(view, "save")).hasMessageContaining("disabled");
        assertThat(taps).isEmpty();
    }

    @Test
    void aHiddenComponentIsNotOnScreen() {
        assertThat(Screen.has(view, "hidden-child")).isFalse();
        assertThatThrownBy(() -> Screen.click(view, "hidden-child")).hasMessageContaining("No button on screen");
        assertThat(taps).isEmpty();
    }

    @Test
    void aReadOnlyOrDisabledFieldCannotBeFilledIn() {
        name.setReadOnly(true);
        assertThatThrownBy(() -> Screen.set(view, "name", "Rosa")).hasMessageContaining("read-only");
        name.setReadOnly(false);
        name.setEnabled(false);
        assertThatThrownBy(() -> Screen.set(view, "name", "Rosa")).hasMessageContaining("disabled");
        assertThat(name.getValue()).isEmpty();
    }

    @Test
    void aPlainHtmlButtonIsTappedThroughItsClickListenerUnlessDisabled() {
        NativeButton plain = new NativeButton("Group");
        plain.setId("plain");
        plain.getElement().addEventListener("click", e -> taps.add("plain"));
        view.add(plain);
        Screen.click(view, "plain");
        assertThat(taps).containsExactly("plain");
        plain.setEnabled(false);
        assertThatThrownBy(() -> Screen.click(view, "plain")).hasMessageContaining("disabled");
        assertThatThrownBy(() -> Screen.click(view, "name")).hasMessageContaining("not a button");
        assertThat(taps).containsExactly("plain");
    }

    private Button button(String id) {
        Button button = new Button(id, e -> taps.add(id));
        button.setId(id);
        return button;
    }
}
