package org.hearth.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.hearth.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown instead of Vaadin's error page when a screen cannot be built: calm words and a way home. */
@ParentLayout(KioskLayout.class)
public class CalmErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(CalmErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("A kiosk screen could not be shown (reference {})", reference, parameter.getCaughtException());
        removeAll();
        add(panel(KioskSession.current().texts(), reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The calm panel, also used when a module's view throws. */
    static VerticalLayout panel(Texts texts, String reference) {
        VerticalLayout panel = new VerticalLayout();
        panel.addClassName("calm-error");
        Button home = new Button(texts.get("error.home"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(WelcomeView.class)));
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        panel.add(new H2(texts.get("error.title")), new Paragraph(texts.get("error.body")),
                new Paragraph(texts.get("error.reference", reference)), home);
        return panel;
    }
}
