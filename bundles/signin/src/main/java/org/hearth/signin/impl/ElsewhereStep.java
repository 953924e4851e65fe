package org.hearth.signin.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hearth.api.Center;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.hearth.api.ui.StepHeading;

/**
 * A key tag of a member known at another center of the network, scanned here: whether they would like this center
 * to know them too (one record, visits at both) — their choice. Saying no still lets them in, counted anonymously.
 */
final class ElsewhereStep extends Div {

    ElsewhereStep(SignInView flow, Person member) {
        Texts texts = flow.texts;
        String centers = flow.services.centers().centersOf(member.id()).stream().map(Center::name)
                .collect(Collectors.joining(", "));
        H1 title = StepHeading.focus(new H1(texts.get("elsewhere.title", member.masked(), centers)));
        title.setId("elsewhere-title");
        title.getElement().setAttribute("dir", "auto");
        Paragraph message = flow.message("elsewhere-message");
        Button yes = new Button(texts.get("elsewhere.yes"), e -> flow.attempt(() -> {
            flow.services.centers().knowHere(member.id());
            return member;
        }, message).ifPresent(m -> flow.showPurposes(Optional.of(m),
                texts.get("welcome.back.name", SignInView.isolate(m.chosenName())), true)));
        yes.setId("elsewhere-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button no = new Button(texts.get("elsewhere.no"),
                e -> flow.showPurposes(Optional.empty(), texts.get("welcome.countonly"), false));
        no.setId("elsewhere-no");
        no.addThemeVariants(ButtonVariant.LUMO_LARGE);
        add(title, new Paragraph(texts.get("elsewhere.note")), message, HomeStep.actions(yes, no));
    }
}
