package org.hearth.volunteers.impl;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import org.hearth.api.Texts;

/**
 * An adjustment of a volunteer's stipend, plus or minus, with a required reason: the way to set money right, since
 * nothing in the ledger is changed. It fires a {@link SaveEvent}; its view records it and audits it.
 */
final class AdjustmentForm extends Div {

    /** What the form edits, read by the {@code Binder} by name (public, for that reflection). */
    public record Adjustment(BigDecimal amount, String reason) {
    }

    private final Binder<Adjustment> binder = new Binder<>(Adjustment.class);
    private final Paragraph message = HoursView.message("adjust-message");

    AdjustmentForm(Texts texts) {
        BigDecimalField amount = new BigDecimalField(texts.get("adjust.amount"));
        amount.setId("adjust-amount");
        amount.setHelperText(texts.get("adjust.amount.help"));
        TextField reason = new TextField(texts.get("adjust.reason"));
        reason.setId("adjust-reason");
        reason.setMaxLength(StipendLedger.MAX_REASON);
        reason.getStyle().set("flex", "1 1 20rem");
        binder.forField(amount).asRequired(texts.get("error.stipend.amount")).bind("amount");
        binder.forField(reason).asRequired(texts.get("error.stipend.reason")).bind("reason");
        binder.setValidationStatusHandler(status -> {
            status.notifyBindingValidationStatusHandlers();
            message.setText(status.getValidationErrors().stream().findFirst().map(ValidationResult::getErrorMessage)
                    .orElse(""));
        });
        binder.readRecord(new Adjustment(null, ""));
        Button save = new Button(texts.get("adjust.save"), VaadinIcon.PLUS_MINUS.create(), e -> save());
        save.setId("adjust-save");
        save.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Div fields = HoursView.row();
        fields.add(amount, reason);
        add(new H3(texts.get("adjust.title")), fields, message, save);
    }

    Paragraph message() {
        return message;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private void save() {
        try {
            fireEvent(new SaveEvent(this, binder.writeRecord()));
        } catch (ValidationException e) {
            // the status handler shows what is missing
        }
    }

    /** The coordinator added an adjustment (not yet checked). */
    static final class SaveEvent extends ComponentEvent<AdjustmentForm> {
        private final Adjustment adjustment;

        SaveEvent(AdjustmentForm source, Adjustment adjustment) {
            super(source, false);
            this.adjustment = adjustment;
        }

        Adjustment adjustment() {
            return adjustment;
        }
    }
}
