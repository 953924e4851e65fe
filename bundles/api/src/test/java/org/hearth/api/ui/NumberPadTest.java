package org.hearth.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import org.hearth.api.Texts;
import org.junit.jupiter.api.Test;

class NumberPadTest {

    private static final Texts TEXTS = Texts.load(NumberPadTest.class, "i18n.keyboard_test", Locale.ENGLISH);

    @Test
    void digitsBackAndClearTypeIntoTheLastPinFieldTappedUpToItsLength() {
        PinField first = new PinField(TEXTS);
        PinField second = new PinField(TEXTS);
        NumberPad pad = new NumberPad(TEXTS, "pad-").attachTo(first);
        for (String key : List.of("1", "2", "x", "3", "back", "4")) {
            pad.press(key);
        }
        assertThat(first.getValue()).isEqualTo("124");
        pad.attachTo(second);
        for (int i = 0; i < PinField.MAX_DIGITS + 2; i++) {
            pad.press("9");
        }
        assertThat(second.getValue()).hasSize(PinField.MAX_DIGITS);
        pad.press("clear");
        assertThat(second.getValue()).isEmpty();
        assertThat(first.getValue()).isEqualTo("124");
    }

    @Test
    void keysHaveIdsAndTheCallersWordsForBackAndClear() {
        NumberPad pad = new NumberPad(TEXTS, "pad-");
        List<Element> keys = pad.getElement().getChildren().toList();
        assertThat(keys).extracting(k -> k.getAttribute("id")).contains("pad-0", "pad-9", "pad-back", "pad-clear");
        assertThat(keys).extracting(Element::getText).contains("Clear", "\u232b Back");
    }

    @Test
    void withoutAFieldNothingHappens() {
        new NumberPad(TEXTS, "pad-").press("1");
    }
}
