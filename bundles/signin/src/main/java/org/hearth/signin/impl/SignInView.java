package org.hearth.signin.impl;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The visitor's sign-in: pick why you came (or nothing) and be counted anonymously, then a warm
 * confirmation that returns to the welcome screen by itself.
 */
class SignInView extends VerticalLayout {

    static final int CONFIRMATION_MILLIS = 5000;
    private static final Logger LOG = LoggerFactory.getLogger(SignInView.class);

    private final VisitBook visits;
    private final ModuleContext context;
    private final Texts texts;
    private final Set<Purpose> chosen = EnumSet.noneOf(Purpose.class);
    private final Paragraph message = new Paragraph();

    SignInView(VisitBook visits, ModuleContext context) {
        this.visits = visits;
        this.context = context;
        this.texts = context.texts(SignInView.class, SignInModule.TEXTS);
        addClassName("signin");
        showPurposes();
    }

    private void showPurposes() {
        removeAll();
        Div purposes = new Div();
        purposes.addClassName("tiles");
        for (Purpose purpose : Purpose.values()) {
            purposes.add(purposeButton(purpose));
        }
        Button count = new Button(texts.get("anonymous.count"), e -> countMe());
        count.setId("signin-count");
        count.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        message.addClassName("form-message");
        add(new H1(texts.get("purposes.title")), new Paragraph(texts.get("purposes.note")), purposes,
                new Paragraph(texts.get("anonymous.note")), count, message);
    }

    private Button purposeButton(Purpose purpose) {
        Button button = new Button(texts.get(purpose.textKey()), purpose.icon().create());
        button.addClassName("tile");
        button.setId("purpose-" + purpose.name().toLowerCase(java.util.Locale.ROOT));
        button.getElement().setAttribute("aria-pressed", "false");
        button.addClickListener(e -> {
            boolean on = chosen.add(purpose) || !chosen.remove(purpose);
            button.getElement().setAttribute("aria-pressed", Boolean.toString(on));
            if (on) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        return button;
    }

    private void countMe() {
        try {
            visits.record(Optional.empty(), chosen);
        } catch (RuntimeException e) {
            LOG.error("An anonymous visit could not be saved", e);
            message.setText(texts.get("error.save"));
            return;
        }
        showConfirmation();
    }

    private void showConfirmation() {
        removeAll();
        Button done = new Button(texts.get("confirm.done"), e -> context.finish());
        done.setId("signin-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        H2 thanks = new H2(texts.get("confirm.anonymous"));
        thanks.setId("signin-confirmation");
        add(thanks, new Paragraph(texts.get("confirm.note")), done);
        getElement().executeJs("setTimeout(() => this.$server && this.$server.confirmationShown(), $0)",
                CONFIRMATION_MILLIS);
    }

    @ClientCallable
    void confirmationShown() {
        context.finish();
    }
}
