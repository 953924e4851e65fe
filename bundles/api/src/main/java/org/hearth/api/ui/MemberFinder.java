package org.hearth.api.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.hearth.api.Failures;
import org.hearth.api.NameMatching;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Find me": a returning member types their chosen name on the on-screen keyboard and, from three letters
 * on, taps their masked name among at most three ({@link NameMatching}); or scans or types a key tag and
 * presses Enter. The same on every kiosk screen that asks who you are.
 *
 * <p>Ids start with the given prefix: {@code <p>name}, {@code <p>matches}, {@code <p>match-0…},
 * {@code <p>hint}, {@code <p>key-…}. Hints come from the caller's translations under a key prefix:
 * {@code <k>.typing}, {@code <k>.pick}, {@code <k>.nomatch}, {@code <k>.many}, {@code <k>.alike} (two matches
 * would look the same: type another letter), {@code <k>.tag.unknown},
 * {@code <k>.long}, and {@code error.save}. Use on the UI thread only.
 *
 * @since 1.1
 */
public final class MemberFinder extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(MemberFinder.class);

    private final PeopleDirectory people;
    private final Texts texts;
    private final String idPrefix;
    private final String keys;
    private final ChosenNameField name;
    private final Div matches = new Div();
    private final Paragraph hint = new Paragraph();
    private final BiConsumer<Person, String> onMatch;
    private final BiConsumer<Person, String> onKeyTag;

    /**
     * @param label    the name field's label
     * @param onMatch  called with the person and what was typed when a masked name is tapped
     * @param onKeyTag called with the person and the code when a known key tag is entered
     */
    public MemberFinder(PeopleDirectory people, Texts texts, String idPrefix, String keyPrefix, String label,
                        BiConsumer<Person, String> onMatch, BiConsumer<Person, String> onKeyTag) {
        this.people = people;
        this.texts = texts;
        this.idPrefix = idPrefix;
        this.keys = keyPrefix;
        this.onMatch = onMatch;
        this.onKeyTag = onKeyTag;
        name = new ChosenNameField(idPrefix + "name", label);
        name.addValueChangeListener(e -> showMatches());
        name.addKeyPressListener(Key.ENTER, e -> keyTag());
        hint.setId(idPrefix + "hint");
        hint.addClassName("form-message");
        hint.getElement().setAttribute("role", "status");
        matches.setId(idPrefix + "matches");
        matches.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "12px");
        add(name, matches, hint, new OnScreenKeyboard(texts, idPrefix + "key-").attachTo(name, true));
    }

    /** The name field, for focus or tests. */
    public ChosenNameField field() {
        return name;
    }

    /** Shows at most three masked matches, and only from three letters on. */
    private void showMatches() {
        matches.removeAll();
        String typed = name.getValue();
        if (typed.length() > PeopleDirectory.MAX_NAME_LENGTH) {
            hint.setText(texts.get(keys + ".long"));
            return;
        }
        int letters = NameMatching.letters(typed);
        if (letters < NameMatching.MIN_LETTERS) {
            hint.setText(letters == 0 ? "" : texts.get(keys + ".typing"));
            return;
        }
        Optional<List<Person>> candidates = attempt(() -> people.findByNamePrefix(NameMatching.tidy(typed),
                NameMatching.LOOKUP_LIMIT));
        if (candidates.isEmpty()) {
            return;
        }
        NameMatching.Found found = NameMatching.found(typed, candidates.get());
        if (found.matches().isEmpty()) {
            hint.setText(texts.get(found.alike() ? keys + ".alike"
                    : candidates.get().isEmpty() ? keys + ".nomatch" : keys + ".many"));
            return;
        }
        hint.setText(texts.get(keys + ".pick"));
        for (int i = 0; i < found.matches().size(); i++) {
            matches.add(button(found.matches().get(i), i, typed));
        }
    }

    /** One match: the masked name, and the member's picture (drawn and named) or a plain person icon. */
    private Button button(NameMatching.Match found, int index, String typed) {
        Person person = found.person();
        String text = found.label() + person.picture().map(p -> " \u00B7 " + p.label(texts.locale())).orElse("");
        Button match = new Button(text, person.picture().map(p -> p.icon().create()).orElseGet(VaadinIcon.USER::create));
        // a bare click listener: Vaadin's asks the browser for a dozen details of each click that are never read
        match.getElement().addEventListener("click", e -> onMatch.accept(person, typed));
        match.setId(idPrefix + "match-" + index);
        match.getElement().setAttribute("dir", "auto");
        match.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        return match;
    }

    /** Enter after typing, or a scanner typing a key tag into the field: look the code up as a key tag. */
    private void keyTag() {
        String typed = NameMatching.tidy(name.getValue());
        if (typed.isEmpty() || typed.length() > 64) {
            return;
        }
        attempt(() -> people.findByKeyTag(typed)).ifPresent(found -> found.ifPresentOrElse(
                person -> onKeyTag.accept(person, typed),
                () -> hint.setText(typed.chars().anyMatch(Character::isDigit) ? texts.get(keys + ".tag.unknown") : "")));
    }

    private <T> Optional<T> attempt(Supplier<T> action) {
        return Failures.attempt(action, texts, hint::setText, LOG, "Finding a member");
    }
}
