package org.hearth.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The PIN asked again: the sensitive read runs only after the right PIN, never after a wrong one. */
class PinPromptTest {

    private final List<String> tried = new ArrayList<>();
    private int reads;
    private final PinPrompt prompt = new PinPrompt(KioskSession.shellTexts(Locale.ENGLISH),
            pin -> tried.add(pin) && pin.equals("2468"), () -> reads++);

    @Test
    void aWrongPinSaysSoAndReadsNothingTheRightOneReads() {
        type("1111");
        assertThat(reads).isZero();
        assertThat(find("pin-message").getElement().getText()).isEqualTo("That PIN did not match. Please try again.");
        assertThat(((PasswordField) find("pin-again")).getValue()).as("cleared").isEmpty();
        type("2468");
        assertThat(reads).isEqualTo(1);
        assertThat(tried).containsExactly("1111", "2468");
    }

    @Test
    void thePinCanBeTypedOnTheNumberPad() {
        for (String key : new String[] {"2", "4", "6", "9", "back", "8"}) {
            prompt.getChildren().filter(c -> c instanceof org.hearth.api.ui.NumberPad).findFirst()
                    .map(org.hearth.api.ui.NumberPad.class::cast).orElseThrow().press(key);
        }
        ((Button) find("pin-confirm")).click();
        assertThat(reads).isEqualTo(1);
        assertThat(tried).containsExactly("2468");
    }

    @Test
    void cancellingReadsNothing() {
        ((Button) find("pin-cancel")).click();
        assertThat(reads).isZero();
        assertThat(tried).isEmpty();
    }

    private void type(String pin) {
        ((PasswordField) find("pin-again")).setValue(pin);
        ((Button) find("pin-confirm")).click();
    }

    private Component find(String id) {
        return Stream.concat(descendants(prompt), prompt.getFooter().getElement().getChildren()
                        .map(e -> e.getComponent().orElseThrow()).flatMap(PinPromptTest::descendants))
                .filter(c -> Optional.of(id).equals(c.getId())).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(PinPromptTest::descendants));
    }
}
