package org.hearth.signin.impl;

import org.hearth.api.NameMatching;

import org.hearth.api.Failures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hearth.api.ModuleContext;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.hearth.api.ui.StepHeading;
import org.hearth.api.ui.Confirmation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The visitor's sign-in, one step at a time: the start (be counted anonymously, find yourself by name or
 * key tag, first time here, or ask to talk to someone), why you came, and a warm confirmation that returns
 * to the welcome screen by itself. Nothing of one visitor is kept on screen for the next.
 *
 * <p>Taps for a returning member once the name is typed: their masked name (1), a purpose (2), "Sign me in"
 * (3); purposes picked on the start screen are kept, so it can be two. After a scan: a purpose and "Sign me
 * in" (2).
 */
class SignInView extends VerticalLayout {

    static final Duration CONFIRMATION_TIME = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(SignInView.class);

    final SignInServices services;
    final Texts texts;
    private final ModuleContext context;
    private PurposeChoice choice = new PurposeChoice();
    /** The tiles showing {@link #choice}, made when first shown. */
    private PurposeTiles tiles;

    SignInView(SignInServices services, ModuleContext context) {
        this.services = services;
        this.context = context;
        this.texts = context.texts(SignInView.class, SignInModule.TEXTS);
        addClassName("signin");
        context.scannedCode().ifPresentOrElse(this::scanned, () -> showHome(Optional.empty()));
    }

    /** A key tag or QR code scanned at the welcome screen (or typed and entered here). */
    void scanned(String code) {
        Optional<Optional<Person>> found = attempt(() -> services.people().findByKeyTag(code), null);
        if (found.isEmpty()) {
            showHome(Optional.of(texts.get("error.save")));
        } else if (found.get().isPresent()) {
            Person person = found.get().get();
            showPurposes(Optional.of(person), texts.get("welcome.back.name", isolate(person.chosenName())), true);
        } else {
            attempt(() -> services.centers().elsewhereByKeyTag(code), null).flatMap(elsewhere -> elsewhere)
                    .ifPresentOrElse(this::showElsewhere, () -> showHome(Optional.of(texts.get("scan.unknown"))));
        }
    }

    /** A member of another center of the network scanned their key tag here. */
    private void showElsewhere(Person member) {
        removeAll();
        add(new ElsewhereStep(this, member));
    }

    void showHome(Optional<String> message) {
        removeAll();
        choice = new PurposeChoice();
        tiles = null;
        add(new HomeStep(this, message));
    }

    /** A returning member picked their masked name after typing {@code typed}. */
    void signInAs(Person person, String typed) {
        boolean typedWholeName = NameMatching.matchKey(typed).equals(NameMatching.matchKey(person.chosenName()));
        showPurposes(Optional.of(person), typedWholeName
                ? texts.get("welcome.back.name", isolate(person.chosenName())) : texts.get("welcome.back"), true);
    }

    /**
     * Why you came; {@code member} empty signs in anonymously (a first visitor who chose count-only). A member
     * who {@code found} themselves can still say "That's not me" before anything is recorded.
     */
    void showPurposes(Optional<Person> member, String greeting, boolean found) {
        removeAll();
        H1 title = StepHeading.focus(new H1(greeting));
        title.setId("signin-greeting");
        Paragraph message = message("signin-message");
        Button submit = Tap.on(new Button(texts.get("purposes.submit")), () -> attempt(
                () -> services.visits().record(member.map(Person::id), choice.purposes(), choice.reference()), message)
                .ifPresent(v -> {
                    confirm(member.isPresent() ? "confirm.member" : "confirm.anonymous");
                    member.ifPresent(m -> offerShifts());
                }));
        submit.setId("signin-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = Tap.on(new Button(texts.get(found ? "signin.notme" : "back")), () -> showHome(Optional.empty()));
        back.setId(found ? "signin-not-me" : "signin-back");
        add(title, new H2(texts.get("purposes.title")), new Paragraph(texts.get("purposes.note")),
                tiles().offer(services.offerings().today(texts.locale())),
                message, HomeStep.actions(submit, back));
    }

    /** The purpose tiles of the visitor's choice, the same from one step to the next. */
    PurposeTiles tiles() {
        if (tiles == null) {
            tiles = new PurposeTiles(texts, choice, services.offerings().zone());
        }
        return tiles;
    }

    /** "Count me, anonymously": one tap, with whatever purposes were picked. */
    void countAnonymously(Paragraph message) {
        attempt(() -> services.visits().record(Optional.empty(), choice.purposes(), choice.reference()), message)
                .ifPresent(v -> confirm("confirm.anonymous"));
    }

    void showFirstVisit(Optional<NewMember> draft) {
        removeAll();
        add(new FirstVisitStep(this, draft));
    }

    /** Registers a first visitor, or asks whether they have been here before. */
    void register(NewMember draft, Set<String> notMe, Paragraph message) {
        attempt(() -> services.members().register(draft, notMe), message).ifPresent(outcome -> {
            switch (outcome) {
                case MemberBook.Outcome.Registered r ->
                        showPurposes(Optional.of(r.person()), texts.get("welcome.new", isolate(r.person().chosenName())),
                                false);
                case MemberBook.Outcome.CountOnly c -> showPurposes(Optional.empty(), texts.get("welcome.countonly"), false);
                case MemberBook.Outcome.CloseMatches m -> askBeenHereBefore(draft, notMe, m.matches());
            }
        });
    }

    private void askBeenHereBefore(NewMember draft, Set<String> notMe, List<Person> matches) {
        removeAll();
        add(new DuplicateStep(this, draft, notMe, matches));
    }

    void showTalk() {
        removeAll();
        add(new TalkStep(this));
    }

    /** "I'd like to talk to someone", with the name only if the visitor gave it. */
    void talk(Optional<String> name, Paragraph message) {
        attempt(() -> services.talk().ask(name), message).ifPresent(r -> confirm("confirm.talk"));
    }

    /**
     * A member who came to volunteer is offered the way to their shifts (check in, pick, hours): the staff and
     * volunteer sign-in, with their PIN. Shown under the confirmation, which still ends the turn by itself.
     */
    private void offerShifts() {
        if (!choice.purposes().contains(Purpose.VOLUNTEERING)) {
            return;
        }
        Button shifts = new Button(texts.get("confirm.shifts"), VaadinIcon.CALENDAR_CLOCK.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("staff")));
        shifts.setId("signin-shifts");
        shifts.addThemeVariants(ButtonVariant.LUMO_LARGE);
        add(new Paragraph(texts.get("confirm.shifts.note")), shifts);
    }

    private void confirm(String key) {
        removeAll();
        add(new Confirmation("signin-", texts.get(key), texts.get("confirm.note"), texts.get("confirm.done"),
                CONFIRMATION_TIME, context::finish));
    }


    /**
     * Runs an action; a refusal of the input shows its kind message, any other failure is logged without
     * personal data and shows "could not save". Empty when it failed.
     */
    <T> Optional<T> attempt(Supplier<T> action, Paragraph message) {
        return Failures.attempt(action, texts, text -> {
            if (message != null) {
                message.setText(text);
            }
        }, LOG, "Sign-in step");
    }

    Paragraph message(String id) {
        Paragraph message = new Paragraph();
        message.setId(id);
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "status");
        return message;
    }

    /** Keeps a name in its own writing direction inside a sentence (right-to-left names stay whole). */
    static String isolate(String name) {
        return "\u2068" + name + "\u2069";
    }
}
