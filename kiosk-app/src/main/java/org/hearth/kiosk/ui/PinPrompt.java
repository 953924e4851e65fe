package org.hearth.kiosk.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Predicate;
import org.hearth.api.Texts;
import org.hearth.api.ui.NumberPad;
import org.hearth.api.ui.PinField;

/**
 * Asks a signed-in staff member for their PIN again before a sensitive read; runs the read only when the
 * PIN is right. Cancelling runs nothing. The PIN can be typed on the on-screen number pad.
 */
final class PinPrompt extends Dialog {

    private final PasswordField pin;
    private final Paragraph message = new Paragraph();
    private final Texts texts;
    private final Predicate<String> check;
    private final Runnable then;

    PinPrompt(Texts texts, Predicate<String> check, Runnable then) {
        this.texts = texts;
        this.check = check;
        this.then = then;
        setId("pin-prompt");
        setCloseOnOutsideClick(false);
        pin = new PinField(texts);
        pin.setId("pin-again");
        pin.setLabel(texts.get("staff.pin"));
        message.setId("pin-message");
        message.getElement().setAttribute("role", "status");
        Button confirm = new Button(texts.get("pin.confirm"), e -> confirm());
        confirm.setId("pin-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.addClickShortcut(Key.ENTER);
        Button cancel = new Button(texts.get("pin.cancel"), e -> close());
        cancel.setId("pin-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);
        add(new H2(texts.get("pin.title")), new Paragraph(texts.get("pin.explain")), pin,
                new NumberPad(texts, "pin-key-").attachTo(pin), message);
        getFooter().add(cancel, confirm);
    }

    /** Checks the PIN typed; runs the read when it is right, else says so and asks again. */
    void confirm() {
        String typed = pin.getValue();
        pin.clear();
        if (check.test(typed)) {
            close();
            then.run();
        } else {
            message.setText(texts.get("pin.wrong"));
        }
    }
}
