package org.hearth.volunteers.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.Account;
import org.hearth.api.Texts;

/**
 * Stipends per volunteer: everyone who may hold shifts and everyone in the ledger, with what waits for approval,
 * what is approved and unpaid, and what was paid this year. Opening one shows their guardrails and actions.
 */
final class StipendsPanel extends Div {

    /** One line of the list. */
    record Line(String personId, String name, StipendLedger.Balance balance) {
    }

    StipendsPanel(HoursView view) {
        Texts texts = view.texts;
        setWidthFull();
        H2 heading = new H2(texts.get("stipends.title"));
        heading.setId("stipends-title");
        Paragraph message = HoursView.message("stipends-message");
        add(heading, message);
        Optional<List<Line>> lines = view.attempt(() -> lines(view), message);
        if (lines.isEmpty()) {
            return;
        }
        if (lines.get().isEmpty()) {
            message.setText(texts.get("stipends.none"));
        }
        Div list = new Div();
        list.setId("stipends-list");
        list.setWidthFull();
        for (int i = 0; i < lines.get().size(); i++) {
            list.add(line(view, i, lines.get().get(i)));
        }
        add(list);
    }

    private static Div line(HoursView view, int index, Line line) {
        Texts texts = view.texts;
        Div row = HoursView.row();
        row.setId("stipends-line-" + index);
        row.getStyle().set("border-bottom", "1px solid #ddd").set("padding", "8px 0");
        Span who = new Span(line.name());
        who.getElement().setAttribute("dir", "auto");
        who.getStyle().set("font-weight", "700").set("min-width", "10rem");
        StipendLedger.Balance b = line.balance();
        row.add(who, new Span(texts.get("stipends.balance", view.money(b.accrued()), view.money(b.approvedUnpaid()),
                view.money(b.paidThisYear()))));
        Button open = view.button("stipends-open-" + index, "stipends.open", VaadinIcon.FOLDER_OPEN,
                () -> view.showPerson(line.personId()));
        open.getElement().setAttribute("aria-label", texts.get("stipends.open.named", line.name()));
        row.add(open);
        return row;
    }

    /** Volunteers and peer staff, and anyone else in the ledger, by name. */
    static List<Line> lines(HoursView view) {
        Map<String, StipendLedger.Balance> balances = new LinkedHashMap<>();
        for (Account account : view.services.candidates().accounts()) {
            balances.put(account.personId(), new StipendLedger.Balance(account.personId(), 0, 0, 0));
        }
        view.services.ledger().balances().forEach(b -> balances.put(b.personId(), b));
        Collator collator = Collator.getInstance(view.texts.locale());
        return balances.values().stream().map(b -> new Line(b.personId(), view.name(Optional.of(b.personId())), b))
                .sorted(Comparator.comparing(Line::name, collator)).toList();
    }
}
