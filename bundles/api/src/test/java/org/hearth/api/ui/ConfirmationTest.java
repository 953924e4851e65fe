package org.hearth.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConfirmationTest {

    @Test
    void saysItWorkedAndFinishesOnceByTapOrByTime() {
        AtomicInteger finished = new AtomicInteger();
        Confirmation confirmation = new Confirmation("signin-", "You're signed in", "Welcome", "Done",
                Duration.ofSeconds(5), finished::incrementAndGet);
        H2 words = (H2) confirmation.getChildren().filter(c -> c.getId().orElse("").equals("signin-confirmation"))
                .findFirst().orElseThrow();
        assertThat(words.getText()).isEqualTo("You're signed in");
        Button done = (Button) confirmation.getChildren().filter(c -> c.getId().orElse("").equals("signin-done"))
                .findFirst().orElseThrow();
        done.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(done.getElement(), "click", JacksonUtils.createObjectNode()));
        assertThat(finished).as("a tap on Done").hasValue(1);
        confirmation.timeUp();
        assertThat(finished).hasValue(1);
    }
}
