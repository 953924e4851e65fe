package org.hearth.signin.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Texts;
import org.hearth.api.ui.OnScreenKeyboard;

/** "I'd like to talk to someone": one more tap sends it; a name is the visitor's to give or not. */
final class TalkStep extends Div {

    TalkStep(SignInView flow) {
        Texts texts = flow.texts;
        TextField name = new TextField(texts.get("talk.name"));
        name.setId("talk-name");
        name.setMaxLength(PeopleDirectory.MAX_NAME_LENGTH);
        name.setWidthFull();
        name.getStyle().set("max-width", "36rem").set("font-size", "1.2rem");
        name.getElement().setAttribute("autocomplete", "off");
        name.getElement().setAttribute("dir", "auto");
        Paragraph message = flow.message("talk-message");
        Button send = new Button(texts.get("talk.send"),
                e -> flow.talk(Optional.of(name.getValue()).filter(s -> !s.isBlank()), message));
        send.setId("talk-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = new Button(texts.get("back"), e -> flow.showHome(Optional.empty()));
        back.setId("talk-back");
        add(new H1(texts.get("talk.title")), new Paragraph(texts.get("talk.note")), send, message, name,
                new OnScreenKeyboard(texts, "signin-key-").attachTo(name, true), back);
    }
}
