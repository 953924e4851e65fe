package org.hearth.api.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;

/**
 * The moment a visitor is told it worked ("You're signed in"): the words, a short note and a large Done
 * button. It also finishes by itself after a few seconds, so the kiosk is ready for the next person even
 * if nobody taps Done. The words have the id {@code prefix + "confirmation"}, the button
 * {@code prefix + "done"}.
 */
public final class Confirmation extends Div {

    private final Runnable finish;
    private boolean finished;

    public Confirmation(String idPrefix, String words, String note, String doneLabel, Duration shownFor,
                        Runnable finish) {
        this.finish = finish;
        H2 thanks = new H2(words);
        thanks.setId(idPrefix + "confirmation");
        thanks.getElement().setAttribute("dir", "auto");
        Button done = new Button(doneLabel);
        // a bare click listener: Vaadin's asks the browser for a dozen details of each click that Done never reads
        done.getElement().addEventListener("click", e -> timeUp());
        done.setId(idPrefix + "done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(thanks, new Paragraph(note), done);
        getElement().executeJs("setTimeout(() => this.$server && this.$server.timeUp(), $0)", shownFor.toMillis());
    }

    /** Done, by a tap or because the time is up; finishes once. */
    @ClientCallable
    public void timeUp() {
        if (!finished) {
            finished = true;
            finish.run();
        }
    }
}
