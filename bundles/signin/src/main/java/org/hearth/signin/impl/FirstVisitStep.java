package org.hearth.signin.impl;

import org.hearth.api.NameMatching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.SignInPicture;
import org.hearth.api.Texts;
import org.hearth.api.ui.OnScreenKeyboard;
import org.hearth.api.ui.StepHeading;

/**
 * A first visit: only a chosen name is asked for. Last initial, language, how they heard of us and a contact
 * detail are optional, and the visitor chooses how known they want to be (count-only keeps nothing at all).
 */
final class FirstVisitStep extends Div {

    private final Texts texts;
    private final TextField name = new TextField();
    private final TextField initial = new TextField();
    private final TextField contact = new TextField();
    private final ChoiceButtons<Language> language;
    private final ChoiceButtons<HowHeard> heard;
    private final ChoiceButtons<Tier> tier;
    private final ChoiceButtons<SignInPicture> picture;

    FirstVisitStep(SignInView flow, Optional<NewMember> draft) {
        this.texts = flow.texts;
        OnScreenKeyboard keyboard = new OnScreenKeyboard(texts, "signin-key-").attachTo(name, true).follow(name, true).follow(initial, true)
                .follow(contact, false);
        field(name, "new-name", texts.get("new.name"), PeopleDirectory.MAX_NAME_LENGTH * 2);
        field(initial, "new-initial", texts.get("new.initial"), 1);
        field(contact, "new-contact", texts.get("new.contact"), Tier.MAX_CONTACT_LENGTH);
        language = new ChoiceButtons<>("new-language", List.of(Language.values()), Language::label, false);
        heard = new ChoiceButtons<>("new-heard", List.of(HowHeard.values()), h -> texts.get(h.textKey()), false);
        tier = new ChoiceButtons<>("new-tier", List.of(Tier.values()), t -> texts.get(t.textKey()), true);
        tier.onChange(() -> contact.setVisible(tier.value().map(Tier::keepsContact).orElse(false)));
        tier.choose(Tier.PSEUDONYM);
        picture = new ChoiceButtons<>("new-picture", List.of(SignInPicture.values()), p -> p.label(texts.locale()), false)
                .icons(SignInPicture::icon);
        draft.ifPresent(this::fill);

        Paragraph message = flow.message("new-message");
        Button submit = new Button(texts.get("new.submit"), e -> flow.register(draft(), Set.of(), message));
        submit.setId("new-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = new Button(texts.get("back"), e -> flow.showHome(Optional.empty()));
        back.setId("new-back");
        add(StepHeading.focus(new H1(texts.get("new.title"))), new Paragraph(texts.get("new.note")), name, initial, keyboard,
                new H3(texts.get("new.tier")), tier, contact, new H3(texts.get("new.picture")),
                new Paragraph(texts.get("new.picture.note")), picture, new H3(texts.get("new.language")), language,
                new H3(texts.get("new.heard")), heard, message, HomeStep.actions(submit, back));
    }

    /** What the visitor has given so far. */
    NewMember draft() {
        return new NewMember(name.getValue(), given(initial), language.value().map(Language::tag),
                heard.value(), tier.value().orElse(Tier.PSEUDONYM), given(contact), picture.value());
    }

    private void fill(NewMember draft) {
        name.setValue(draft.chosenName());
        draft.lastInitial().ifPresent(initial::setValue);
        draft.preferredLanguage().flatMap(Language::of).ifPresent(language::choose);
        draft.howHeard().ifPresent(heard::choose);
        tier.choose(draft.tier());
        draft.contact().ifPresent(contact::setValue);
        draft.picture().ifPresent(picture::choose);
    }

    private static Optional<String> given(TextField field) {
        return Optional.of(NameMatching.tidy(field.getValue())).filter(s -> !s.isEmpty());
    }

    private static void field(TextField field, String id, String label, int maxLength) {
        field.setId(id);
        field.setLabel(label);
        field.setMaxLength(maxLength);
        field.setWidthFull();
        field.getStyle().set("max-width", "36rem").set("font-size", "1.2rem");
        field.getElement().setAttribute("autocomplete", "off");
        field.getElement().setAttribute("dir", "auto");
    }
}
