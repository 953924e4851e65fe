package org.hearth.signin.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.hearth.api.Texts;
import org.hearth.api.ui.MemberFinder;
import org.hearth.api.ui.StepHeading;

/**
 * The start of sign-in. On one side, why you came and "Count me, anonymously" (one tap) or "I'd like to
 * talk to someone"; on the other, "Been here before?": type your chosen name on the on-screen keyboard and,
 * from three letters on, tap your name among at most three masked matches, or tap "First time here".
 */
final class HomeStep extends Div {

    private final SignInView flow;
    private final Texts texts;

    HomeStep(SignInView flow, Optional<String> message) {
        this.flow = flow;
        this.texts = flow.texts;
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "32px").set("width", "100%");
        Paragraph status = flow.message("signin-message");
        message.ifPresent(status::setText);

        Div purposes = column("1 1 420px");
        Button count = Tap.on(new Button(texts.get("anonymous.count")), () -> flow.countAnonymously(status));
        count.setId("signin-count");
        count.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button talk = Tap.on(new Button(texts.get("talk.button"), VaadinIcon.COMMENTS.create()), flow::showTalk);
        talk.setId("signin-talk");
        talk.addThemeVariants(ButtonVariant.LUMO_LARGE);
        purposes.add(StepHeading.focus(new H1(texts.get("purposes.title"))), new Paragraph(texts.get("purposes.note")),
                flow.tiles(),
                new Paragraph(texts.get("anonymous.note")));

        Div returning = column("1 1 480px");
        returning.addClassName("signin-returning");
        MemberFinder finder = new MemberFinder(flow.services.people(), texts, "signin-", "home", texts.get("home.name"),
                flow::signInAs, (person, code) -> flow.scanned(code));
        Button first = Tap.on(new Button(texts.get("home.first"), VaadinIcon.PLUS_CIRCLE.create()),
                () -> flow.showFirstVisit(Optional.empty()));
        first.setId("signin-new");
        first.addThemeVariants(ButtonVariant.LUMO_LARGE);
        returning.add(new H2(texts.get("home.returning")), new Paragraph(texts.get("home.returning.note")), finder);
        add(purposes, returning, actions(count, first, talk), status);
    }

    /** The step's main actions, kept in view at the bottom of the screen. */
    static Div actions(com.vaadin.flow.component.Component... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("step-actions");
        return actions;
    }

    private static Div column(String flex) {
        Div column = new Div();
        column.getStyle().set("flex", flex).set("min-width", "0");
        return column;
    }
}
