package org.hearth.volunteers.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.hearth.api.Failures;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A volunteer's statement for this year in a dialog, with Print and Close. For the coordinator's stipends screen
 * and the volunteer's own kiosk screen alike: every opening is audited as the viewer's look at the person's money.
 */
final class StatementDialog {

    private static final Logger LOG = LoggerFactory.getLogger(StatementDialog.class);

    private StatementDialog() {
    }

    /** Builds the dialog and opens it on the current UI. Call on the UI thread. */
    static Dialog open(StipendServices services, ModuleContext context, String personId) {
        Dialog dialog = create(services, context, personId);
        dialog.open();
        return dialog;
    }

    /** The dialog, not yet opened: this year's statement (or a calm message when it cannot be read). */
    static Dialog create(StipendServices services, ModuleContext context, String personId) {
        Texts texts = context.texts(StatementDialog.class, HoursModule.TEXTS);
        Dialog dialog = new Dialog();
        dialog.setId("statement-dialog");
        dialog.setHeaderTitle(texts.get("statement.open"));
        dialog.setWidth("min(900px, 95vw)");
        dialog.setHeight("85vh");
        try {
            services.audit().record(context.viewer().personId().orElse("kiosk"), "volunteers.stipends.statement",
                    personId);
            String html = StatementPage.html(services, texts, personId, services.ledger().today().getYear());
            IFrame page = new IFrame();
            page.setId("statement-page");
            page.getElement().setAttribute("srcdoc", html);
            page.getElement().setAttribute("title", texts.get("statement.open"));
            page.setSizeFull();
            page.getStyle().set("border", "0");
            dialog.add(page);
            Button print = new Button(texts.get("statement.print"), VaadinIcon.PRINT.create(),
                    e -> page.getElement().executeJs("this.contentWindow.print()"));
            print.setId("statement-print");
            print.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            dialog.getFooter().add(print);
        } catch (RuntimeException e) {
            LOG.error("A stipend statement could not be made: {}", Failures.describe(e));
            Paragraph sorry = new Paragraph(texts.get("error.load"));
            sorry.setId("statement-error");
            dialog.add(sorry);
        }
        Button close = new Button(texts.get("statement.close"), VaadinIcon.CLOSE.create(), e -> dialog.close());
        close.setId("statement-close");
        close.addThemeVariants(ButtonVariant.LUMO_LARGE);
        dialog.getFooter().add(close);
        return dialog;
    }
}
