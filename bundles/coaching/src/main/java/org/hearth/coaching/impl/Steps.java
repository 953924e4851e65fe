package org.hearth.coaching.impl;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.function.Supplier;
import org.hearth.api.Failures;
import org.hearth.api.Texts;
import org.slf4j.Logger;

/** Running one step of a screen: a refusal shows its kind words (with its figures), anything else is logged. */
final class Steps {

    private Steps() {
    }

    static <T> Optional<T> attempt(Supplier<T> action, Texts texts, Paragraph message, Logger log, String what) {
        try {
            return Optional.of(action.get());
        } catch (Refusal r) {
            message.setText(texts.get(r.key(), r.args()));
            return Optional.empty();
        } catch (RuntimeException e) {
            return Failures.attempt(() -> {
                throw e;
            }, texts, message::setText, log, what);
        }
    }

    /** Runs an action; false when it was refused or failed (the message then says so). */
    static boolean run(Runnable action, Texts texts, Paragraph message, Logger log, String what) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }, texts, message, log, what).isPresent();
    }

    /** A message line that screen readers announce. */
    static Paragraph message(String id) {
        Paragraph message = new Paragraph();
        message.setId(id);
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "status");
        message.getStyle().set("margin", "0");
        return message;
    }
}
