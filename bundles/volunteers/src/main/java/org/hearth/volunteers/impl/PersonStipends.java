package org.hearth.volunteers.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.hearth.api.Texts;

/**
 * One volunteer's stipends: balances, the guardrails of approving what waits (shown before the button, which then
 * reads "Approve anyway"), recording a payment, an adjustment with a reason, and their printable statement.
 */
final class PersonStipends extends Div {

    private final HoursView view;
    private final Texts texts;
    private final String personId;
    private final Paragraph message = HoursView.message("person-message");

    PersonStipends(HoursView view, String personId) {
        this(view, personId, "");
    }

    PersonStipends(HoursView view, String personId, String notice) {
        this.view = view;
        this.texts = view.texts;
        this.personId = personId;
        setWidthFull();
        H2 heading = new H2(view.name(Optional.of(personId)));
        heading.setId("person-name");
        heading.getElement().setAttribute("dir", "auto");
        message.setText(notice);
        Div back = HoursView.row();
        back.add(view.button("person-back", "back", VaadinIcon.ARROW_LEFT, view::showStipends),
                view.button("person-statement", "statement.open", VaadinIcon.PRINT,
                        () -> StatementDialog.open(view.services, view.context, personId)));
        add(heading, back, message);
        view.attempt(() -> view.services.ledger().balance(personId), message).ifPresent(this::showBalance);
    }

    private void showBalance(StipendLedger.Balance balance) {
        Paragraph figures = new Paragraph(texts.get("stipends.balance", view.money(balance.accrued()),
                view.money(balance.approvedUnpaid()), view.money(balance.paidThisYear())));
        figures.setId("person-balance");
        add(figures);
        view.attempt(() -> Guardrails.before(view.services.ledger(), personId), message).ifPresent(this::showApproval);
        PaymentForm pay = new PaymentForm(texts, balance.approvedUnpaid(), view.services.ledger().today());
        pay.addSaveListener(e -> view.attempt(() -> {
            long cents = Money.cents(e.payment().amount());
            view.services.ledger().pay(personId, cents, e.payment().day(), e.payment().method(), view.actor());
            view.audit("volunteers.stipends.pay", personId);
            return cents;
        }, pay.message()).ifPresent(cents -> reopen(texts.get("pay.done", view.money(cents)))));
        AdjustmentForm adjust = new AdjustmentForm(texts);
        adjust.addSaveListener(e -> view.attempt(() -> {
            long cents = Money.cents(e.adjustment().amount());
            view.services.ledger().adjust(personId, cents, e.adjustment().reason(), view.actor());
            view.audit("volunteers.stipends.adjust", personId);
            return cents;
        }, adjust.message()).ifPresent(cents -> reopen(texts.get("adjust.done", view.money(cents)))));
        add(pay, adjust, entries());
    }

    private void showApproval(Guardrails rails) {
        Div box = new Div();
        box.setId("person-guardrails");
        box.add(new Paragraph(texts.get("approve.amount", view.money(rails.amount()), String.valueOf(rails.year()))));
        if (rails.amount() > 0) {
            GuardrailWords.add(box, texts, view::money, rails);
        }
        Button approve = view.button("person-approve", rails.warns() ? "approve.anyway" : "approve.go",
                VaadinIcon.CHECK, this::approve);
        approve.addThemeVariants(rails.warns() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(rails.amount() > 0);
        box.add(approve);
        box.getStyle().set("border", rails.warns() ? "3px solid #8b0000" : "1px solid #ccc").set("padding", "12px")
                .set("border-radius", "12px").set("margin", "8px 0");
        add(box);
    }

    private void approve() {
        view.attempt(() -> {
            boolean warned = Guardrails.before(view.services.ledger(), personId).warns();
            long cents = view.services.ledger().approve(personId, view.actor());
            view.audit(warned ? "volunteers.stipends.approve.warned" : "volunteers.stipends.approve", personId);
            return cents;
        }, message).ifPresent(cents -> reopen(texts.get("approve.done", view.money(cents))));
    }

    private UnorderedList entries() {
        UnorderedList list = new UnorderedList();
        list.setId("person-entries");
        java.time.LocalDate today = view.services.ledger().today();
        view.attempt(() -> view.services.ledger().entries(personId, today.withDayOfYear(1), today), message)
                .ifPresent(entries -> entries.reversed().forEach(e -> list.add(new ListItem(
                        StatementPage.describe(texts, view.services, e, view::money)))));
        return list;
    }

    private void reopen(String notice) {
        view.show(new PersonStipends(view, personId, notice));
    }
}
