package org.hearth.signin.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.NameMatching;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.hearth.api.ui.StepHeading;

/**
 * A first visitor whose name is close to members' names: "Have you been here before?" They tap themselves among
 * the masked names, or say they are new (then those people are not asked about again), or go back.
 */
final class DuplicateStep extends VerticalLayout {

    DuplicateStep(SignInView flow, NewMember draft, Set<String> notMe, List<Person> matches) {
        Texts texts = flow.texts;
        setPadding(false);
        H1 question = StepHeading.focus(new H1(texts.get("duplicate.title")));
        question.setId("dup-question");
        add(question, new Paragraph(texts.get("duplicate.note")));
        List<Person> shown = matches.subList(0, Math.min(NameMatching.MAX_SHOWN, matches.size()));
        for (int i = 0; i < shown.size(); i++) {
            Person person = shown.get(i);
            Button me = new Button(texts.get("duplicate.me", person.masked()),
                    e -> flow.showPurposes(Optional.of(person), texts.get("welcome.back"), true));
            me.setId("dup-" + i);
            me.getElement().setAttribute("dir", "auto");
            me.addThemeVariants(ButtonVariant.LUMO_LARGE);
            add(me);
        }
        Set<String> notThem = new HashSet<>(notMe);
        matches.forEach(p -> notThem.add(p.id()));
        Paragraph message = flow.message("dup-message");
        Button fresh = new Button(texts.get("duplicate.new"), e -> flow.register(draft, notThem, message));
        fresh.setId("dup-new");
        fresh.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = new Button(texts.get("back"), e -> flow.showFirstVisit(Optional.of(draft)));
        back.setId("dup-back");
        add(fresh, message, back);
    }
}
