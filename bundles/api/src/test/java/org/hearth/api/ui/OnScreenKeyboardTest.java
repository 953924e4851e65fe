package org.hearth.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.hearth.api.Texts;
import org.junit.jupiter.api.Test;

class OnScreenKeyboardTest {

    private static final Texts TEXTS = Texts.load(OnScreenKeyboardTest.class, "i18n.keyboard_test", Locale.ENGLISH);

    @Test
    void namesAreCapitalisedAsTheyAreTyped() {
        TextField name = new TextField();
        OnScreenKeyboard keyboard = new OnScreenKeyboard(TEXTS, "key-").attachTo(name, true);
        for (String key : List.of("j", "o", "space", "d", "e", "-", "l", "a")) {
            keyboard.press(key);
        }
        assertThat(name.getValue()).isEqualTo("Jo De-La");
        keyboard.press("back");
        assertThat(name.getValue()).isEqualTo("Jo De-L");
        keyboard.press("clear");
        assertThat(name.getValue()).isEmpty();
    }

    @Test
    void contactDetailsAreTypedAsTheyAreAndTheFieldsLimitHolds() {
        TextField contact = new TextField();
        contact.setMaxLength(3);
        OnScreenKeyboard keyboard = new OnScreenKeyboard(TEXTS, "key-").attachTo(contact, false);
        for (String key : List.of("A", "@", "b", "c")) {
            keyboard.press(key);
        }
        assertThat(contact.getValue()).isEqualTo("a@b");
    }

    @Test
    void keysThatAreNotOnTheKeyboardAndAnUnattachedKeyboardDoNothing() {
        TextField name = new TextField();
        OnScreenKeyboard keyboard = new OnScreenKeyboard(TEXTS, "key-");
        keyboard.press("a");
        keyboard.attachTo(name, true);
        keyboard.press("<script>");
        keyboard.press("€");
        keyboard.press("");
        assertThat(name.getValue()).isEmpty();
        keyboard.press("ñ");
        assertThat(name.getValue()).isEqualTo("Ñ");
    }

    @Test
    void everyKeyIsAPlainButtonWithItsIdAndValueUnderOneListener() {
        OnScreenKeyboard keyboard = new OnScreenKeyboard(TEXTS, "rsvp-key-");
        List<org.jsoup.nodes.Element> keys = org.jsoup.Jsoup.parseBodyFragment(
                keyboard.getElement().getProperty("innerHTML")).select(".kiosk-keyboard-row > button");
        assertThat(keys).hasSize(50).allMatch(k -> "button".equals(k.attr("type")));
        assertThat(keys).extracting(k -> k.id())
                .contains("rsvp-key-a", "rsvp-key-0", "rsvp-key-ud1", "rsvp-key-space", "rsvp-key-back", "rsvp-key-clear")
                .doesNotHaveDuplicates();
        assertThat(keys).filteredOn(k -> "rsvp-key-ud1".equals(k.id())).extracting(k -> k.attr("data-key"))
                .containsExactly("Ñ");
        assertThat(keys).filteredOn(k -> "rsvp-key-u27".equals(k.id())).extracting(k -> k.attr("data-key"))
                .containsExactly("'");
        assertThat(keys).filteredOn(k -> "rsvp-key-space".equals(k.id())).extracting(k -> k.text())
                .containsExactly("Space");
        assertThat(keyboard.getChildren()).isEmpty();
        assertThat(keyboard.getElement().getChildCount()).isZero();
    }

    @Test
    void theSameKeysInOneLanguageAreMadeOnceAndAnotherPrefixGetsItsOwn() {
        String first = new OnScreenKeyboard(TEXTS, "key-").getElement().getProperty("innerHTML");
        assertThat(new OnScreenKeyboard(TEXTS, "key-").getElement().getProperty("innerHTML")).isSameAs(first);
        assertThat(new OnScreenKeyboard(TEXTS, "other-").getElement().getProperty("innerHTML"))
                .contains("id=\"other-a\"").doesNotContain("id=\"key-a\"");
    }
}
