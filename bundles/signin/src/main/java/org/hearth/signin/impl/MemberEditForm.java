package org.hearth.signin.impl;

import org.hearth.api.NameMatching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Texts;

/** Staff change a member's record at the member's request: name, initial, language, how known, contact. */
final class MemberEditForm extends Div {

    MemberEditForm(MemberPanel panel, MembersView view, Person person, Optional<MemberInfo> info) {
        Texts texts = view.texts;
        TextField name = field("edit-name", texts.get("new.name"), PeopleDirectory.MAX_NAME_LENGTH, person.chosenName());
        TextField initial = field("edit-initial", texts.get("new.initial"), 4, person.lastInitial().orElse(""));
        TextField contact = field("edit-contact", texts.get("new.contact"), Tier.MAX_CONTACT_LENGTH,
                info.flatMap(MemberInfo::contact).orElse(""));
        ChoiceButtons<Language> language = new ChoiceButtons<>("edit-language", List.of(Language.values()),
                Language::label, false);
        person.preferredLanguage().flatMap(Language::of).ifPresent(language::choose);
        List<Tier> kept = Arrays.stream(Tier.values()).filter(Tier::keepsPerson).toList();
        ChoiceButtons<Tier> tier = new ChoiceButtons<>("edit-tier", kept, t -> texts.get(t.textKey()), true);
        tier.onChange(() -> contact.setVisible(tier.value().map(Tier::keepsContact).orElse(false)));
        tier.choose(info.map(MemberInfo::tier).filter(Tier::keepsPerson).orElse(Tier.NAMED));
        ChoiceButtons<HowHeard> heard = new ChoiceButtons<>("edit-heard", List.of(HowHeard.values()),
                h -> texts.get(h.textKey()), false);
        info.flatMap(MemberInfo::howHeard).ifPresent(heard::choose);
        Button save = new Button(texts.get("save"), e -> {
            Runnable change = () -> {
                Tier chosen = tier.value().orElse(Tier.NAMED);
                chosen.contactToKeep(given(contact));
                view.services.people().update(new Person(person.id(), NameRule.checkChosenName(name.getValue()),
                        given(initial), language.value().map(Language::tag), person.keyTag(), person.registeredAt()));
                view.services.members().save(new MemberInfo(person.id(), chosen, heard.value(), given(contact),
                        info.map(MemberInfo::registeredAt).orElse(person.registeredAt())));
            };
            panel.actAndReopen("member.edit", change);
        });
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name, initial, new H3(texts.get("new.tier")), tier, contact, new H3(texts.get("new.language")), language,
                new H3(texts.get("new.heard")), heard, new Div(save));
    }

    private static Optional<String> given(TextField field) {
        return Optional.of(NameMatching.tidy(field.getValue())).filter(s -> !s.isEmpty());
    }

    private static TextField field(String id, String label, int maxLength, String value) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setValue(value);
        field.getStyle().set("width", "24rem");
        field.getElement().setAttribute("dir", "auto");
        return field;
    }
}
