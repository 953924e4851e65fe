package org.hearth.volunteers.impl;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hearth.api.Texts;

/**
 * Recording a payment: amount (at most the approved unpaid balance), date and method. It fires a {@link SaveEvent};
 * its view records it in the ledger and audits it.
 */
final class PaymentForm extends Div {

    /** What the form edits, read by the {@code Binder} by name (public, for that reflection). */
    public record Payment(BigDecimal amount, LocalDate day, LedgerEntry.Method method) {
    }

    private final Binder<Payment> binder = new Binder<>(Payment.class);
    private final Paragraph message = HoursView.message("pay-message");

    PaymentForm(Texts texts, long unpaidCents, LocalDate today) {
        BigDecimalField amount = new BigDecimalField(texts.get("pay.amount"));
        amount.setId("pay-amount");
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("$"));
        DatePicker day = new DatePicker(texts.get("pay.day"));
        day.setId("pay-day");
        day.setLocale(texts.locale());
        day.setMax(today);
        RadioButtonGroup<LedgerEntry.Method> method = new RadioButtonGroup<>(texts.get("pay.method"));
        method.setId("pay-method");
        method.setItems(LedgerEntry.Method.values());
        method.setItemLabelGenerator(m -> texts.get(m.textKey()));
        binder.forField(amount).asRequired(texts.get("error.stipend.amount")).bind("amount");
        binder.forField(day).asRequired(texts.get("error.stipend.day")).bind("day");
        binder.forField(method).asRequired(texts.get("error.stipend.method")).bind("method");
        binder.setValidationStatusHandler(status -> {
            status.notifyBindingValidationStatusHandlers();
            message.setText(status.getValidationErrors().stream().findFirst().map(ValidationResult::getErrorMessage)
                    .orElse(""));
        });
        binder.readRecord(new Payment(unpaidCents > 0 ? Money.amount(unpaidCents) : null, today, null));
        Button save = new Button(texts.get("pay.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("pay-save");
        save.addThemeVariants(ButtonVariant.LUMO_LARGE);
        save.setEnabled(unpaidCents > 0);
        Div fields = HoursView.row();
        fields.add(amount, day, method);
        add(new H3(texts.get("pay.title")), fields, message, save);
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

    /** The coordinator recorded a payment (not yet checked against the balance). */
    static final class SaveEvent extends ComponentEvent<PaymentForm> {
        private final Payment payment;

        SaveEvent(PaymentForm source, Payment payment) {
            super(source, false);
            this.payment = payment;
        }

        Payment payment() {
            return payment;
        }
    }
}
