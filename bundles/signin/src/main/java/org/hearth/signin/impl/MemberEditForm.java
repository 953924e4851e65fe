package org.hearth.signin.impl;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hearth.api.NameMatching;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Texts;

/**
 * Staff change a member's record at the member's request: name, initial, language, how known, contact. It fires
 * a {@link SaveEvent} with the checked values; its panel saves and audits.
 */
final class MemberEditForm extends Div {

    /** What the form edits, as its {@code Binder} reads and writes it by name (public, for that reflection). */
    public record Edit(String name, String initial, Language language, Tier tier, HowHeard heard, String contact) {

        /** The contact detail to keep: none unless the member chose to be contacted. */
        Optional<String> contactKept() {
            return tier.contactToKeep(given(contact));
        }

        Optional<String> initialGiven() {
            return given(initial);
        }
    }

    private final Texts texts;
    private final Binder<Edit> binder = new Binder<>(Edit.class);
    private final Paragraph message = new Paragraph();

    MemberEditForm(Texts texts, Person person, Optional<MemberInfo> info) {
        this.texts = texts;
        TextField name = field("edit-name", texts.get("new.name"), PeopleDirectory.MAX_NAME_LENGTH);
        TextField initial = field("edit-initial", texts.get("new.initial"), 4);
        TextField contact = field("edit-contact", texts.get("new.contact"), Tier.MAX_CONTACT_LENGTH);
        ChoiceButtons<Language> language = new ChoiceButtons<>("edit-language", List.of(Language.values()),
                Language::label, false);
        List<Tier> kept = Arrays.stream(Tier.values()).filter(Tier::keepsPerson).toList();
        ChoiceButtons<Tier> tier = new ChoiceButtons<>("edit-tier", kept, t -> texts.get(t.textKey()), true);
        tier.addValueChangeListener(e -> contact.setVisible(e.getValue() != null && e.getValue().keepsContact()));
        ChoiceButtons<HowHeard> heard = new ChoiceButtons<>("edit-heard", List.of(HowHeard.values()),
                h -> texts.get(h.textKey()), false);
        binder.forField(name).withConverter(Converter.from(NameRule::checkChosenName, n -> n, e -> texts.get(e.getMessage())))
                .bind("name");
        binder.forField(initial).bind("initial");
        binder.forField(language).bind("language");
        binder.forField(tier).bind("tier");
        binder.forField(heard).bind("heard");
        binder.forField(contact).withValidator(rule(c -> tier.getValue().contactToKeep(given(c)))).bind("contact");
        message.setId("edit-message");
        message.addClassName("form-message");
        binder.setValidationStatusHandler(status -> {
            status.notifyBindingValidationStatusHandlers();
            message.setText(status.getValidationErrors().stream().findFirst().map(ValidationResult::getErrorMessage)
                    .orElse(""));
        });
        binder.readRecord(new Edit(person.chosenName(), person.lastInitial().orElse(""),
                person.preferredLanguage().flatMap(Language::of).orElse(null),
                info.map(MemberInfo::tier).filter(Tier::keepsPerson).orElse(Tier.NAMED),
                info.flatMap(MemberInfo::howHeard).orElse(null), info.flatMap(MemberInfo::contact).orElse("")));
        contact.setVisible(tier.getValue().keepsContact());
        Button save = new Button(texts.get("save"), e -> save());
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name, initial, new H3(texts.get("new.tier")), tier, contact, new H3(texts.get("new.language")), language,
                new H3(texts.get("new.heard")), heard, message, new Div(save));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private void save() {
        try {
            fireEvent(new SaveEvent(this, binder.writeRecord()));
        } catch (ValidationException e) {
            // the status handler shows why
        }
    }

    /** A validator from one of the sign-in rules, which refuse with a translation key. */
    private Validator<String> rule(Function<String, ?> check) {
        return (value, context) -> {
            try {
                check.apply(value);
                return ValidationResult.ok();
            } catch (IllegalArgumentException e) {
                return ValidationResult.error(texts.get(e.getMessage()));
            }
        };
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(NameMatching::tidy).filter(s -> !s.isEmpty());
    }

    private static TextField field(String id, String label, int maxLength) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        field.getStyle().set("width", "24rem");
        field.getElement().setAttribute("dir", "auto");
        return field;
    }

    /** Staff saved the member's changed record; the values passed the form's checks. */
    static final class SaveEvent extends ComponentEvent<MemberEditForm> {
        private final Edit edit;

        SaveEvent(MemberEditForm source, Edit edit) {
            super(source, false);
            this.edit = edit;
        }

        Edit edit() {
            return edit;
        }
    }
}
