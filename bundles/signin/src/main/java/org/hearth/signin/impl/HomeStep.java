package org.hearth.signin.impl;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.hearth.api.ui.ChosenNameField;
import org.hearth.api.ui.OnScreenKeyboard;

/**
 * The start of sign-in. On one side, why you came and "Count me, anonymously" (one tap) or "I'd like to
 * talk to someone"; on the other, "Been here before?": type your chosen name on the on-screen keyboard and,
 * from three letters on, tap your name among at most three masked matches, or tap "First time here".
 */
final class HomeStep extends Div {

    private final SignInView flow;
    private final Texts texts;
    private final TextField name;
    private final Div matches = new Div();
    private final Paragraph hint = new Paragraph();

    HomeStep(SignInView flow, PurposeChoice choice, Optional<String> message) {
        this.flow = flow;
        this.texts = flow.texts;
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "32px").set("width", "100%");
        Paragraph status = flow.message("signin-message");
        message.ifPresent(status::setText);

        Div purposes = column("1 1 420px");
        Button count = new Button(texts.get("anonymous.count"), e -> flow.countAnonymously(status));
        count.setId("signin-count");
        count.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button talk = new Button(texts.get("talk.button"), VaadinIcon.COMMENTS.create(), e -> flow.showTalk());
        talk.setId("signin-talk");
        talk.addThemeVariants(ButtonVariant.LUMO_LARGE);
        purposes.add(new H1(texts.get("purposes.title")), new Paragraph(texts.get("purposes.note")),
                new PurposeTiles(texts, choice, List.of(), flow.services.offerings().zone()),
                new Paragraph(texts.get("anonymous.note")), count, status, talk);

        Div returning = column("1 1 480px");
        name = new ChosenNameField("signin-name", texts.get("home.name"));
        name.addValueChangeListener(e -> showMatches());
        name.addKeyPressListener(Key.ENTER, e -> enter());
        hint.setId("signin-hint");
        hint.addClassName("form-message");
        hint.getElement().setAttribute("role", "status");
        matches.setId("signin-matches");
        matches.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "12px");
        OnScreenKeyboard keyboard = new OnScreenKeyboard(texts, "key-").attachTo(name, true);
        Button first = new Button(texts.get("home.first"), VaadinIcon.PLUS_CIRCLE.create(),
                e -> flow.showFirstVisit(Optional.empty()));
        first.setId("signin-new");
        first.addThemeVariants(ButtonVariant.LUMO_LARGE);
        returning.add(new H2(texts.get("home.returning")), new Paragraph(texts.get("home.returning.note")),
                name, matches, hint, keyboard, first);
        add(purposes, returning);
    }

    /** Shows at most three masked matches, and only from three letters on. */
    private void showMatches() {
        matches.removeAll();
        String typed = name.getValue();
        if (typed.length() > PeopleDirectory.MAX_NAME_LENGTH) {
            hint.setText(texts.get("error.name.long"));
            return;
        }
        int letters = NameRule.letters(typed);
        if (letters < NameRule.MIN_LETTERS) {
            hint.setText(letters == 0 ? "" : texts.get("home.typing"));
            return;
        }
        Optional<List<Person>> candidates = flow.attempt(() -> services().people()
                .findByNamePrefix(NameRule.tidy(typed), SignInServices.LOOKUP_LIMIT), hint);
        if (candidates.isEmpty()) {
            return;
        }
        List<Person> shown = NameRule.shown(typed, candidates.get());
        if (shown.isEmpty()) {
            hint.setText(texts.get(candidates.get().isEmpty() ? "home.nomatch" : "home.many"));
            return;
        }
        hint.setText(texts.get("home.pick"));
        for (int i = 0; i < shown.size(); i++) {
            Person person = shown.get(i);
            Button match = new Button(person.masked(),
                    VaadinIcon.USER.create(), e -> flow.signInAs(person, typed));
            match.setId("match-" + i);
            match.getElement().setAttribute("dir", "auto");
            match.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            matches.add(match);
        }
    }

    /** Enter after typing (or a scanner typing a key tag into the field): look the code up as a key tag. */
    private void enter() {
        String typed = NameRule.tidy(name.getValue());
        if (typed.isEmpty() || typed.length() > 64) {
            return;
        }
        Optional<Optional<Person>> tagged = flow.attempt(() -> services().people().findByKeyTag(typed), hint);
        if (tagged.isPresent() && tagged.get().isPresent()) {
            flow.scanned(typed);
        } else if (tagged.isPresent() && typed.chars().anyMatch(Character::isDigit)) {
            hint.setText(texts.get("scan.unknown"));
        }
    }

    private SignInServices services() {
        return flow.services;
    }

    private static Div column(String flex) {
        Div column = new Div();
        column.getStyle().set("flex", flex).set("min-width", "0");
        return column;
    }
}
