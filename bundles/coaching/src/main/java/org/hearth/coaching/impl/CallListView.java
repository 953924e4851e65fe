package org.hearth.coaching.impl;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.hearth.api.ui.StepHeading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The volunteer's recovery check-up calls: members who asked for a call and were not called lately, what to ask,
 * and where to write the outcome. Nothing of anyone's plan, notes or coach is here.
 */
class CallListView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(CallListView.class);

    private final CoachingServices services;
    private final Texts texts;
    private final String caller;
    private final org.hearth.api.Viewer viewer;
    private final Paragraph message = Steps.message("calls-message");

    CallListView(CoachingServices services, ModuleContext context) {
        this.services = services;
        this.texts = context.texts(CallListView.class, CoachingServices.TEXTS);
        this.caller = context.viewer().personId().orElse("staff");
        this.viewer = context.viewer();
        addClassName("coaching-calls");
        setPadding(false);
        showList();
    }

    void showList() {
        removeAll();
        add(StepHeading.focus(new H1(texts.get("calls.title"))), new Paragraph(texts.get("calls.intro")), message);
        if (!services.consent().makesCalls(viewer)) {
            add(new Paragraph(texts.get("calls.not.yours")));
            return;
        }
        Steps.attempt(() -> services.calls().due(services.today()), texts, message, LOG, "The call list")
                .ifPresent(this::show);
    }

    private void show(List<CheckupCalls.ToCall> calls) {
        if (calls.isEmpty()) {
            add(new Paragraph(texts.get("calls.none")));
            return;
        }
        add(new Paragraph(texts.get("calls.ask")));
        for (int i = 0; i < calls.size(); i++) {
            add(card(calls.get(i), i));
        }
    }

    private Div card(CheckupCalls.ToCall call, int i) {
        String name = services.name(call.memberId());
        Paragraph last = new Paragraph(call.lastCall().map(d -> texts.get("calls.last", Ui.day(texts, d)))
                .orElseGet(() -> texts.get("calls.never")));
        Checkbox reached = new Checkbox(texts.get("calls.reached"));
        reached.setId("calls-reached-" + i);
        TextField outcome = new TextField(texts.get("calls.outcome"));
        outcome.setId("calls-outcome-" + i);
        outcome.setMaxLength(300);
        outcome.setWidth("24rem");
        var save = Ui.button(texts, "calls-save-" + i, "calls.save", () -> {
            if (Steps.run(() -> services.calls().record(call.memberId(), caller, services.today(), reached.getValue(),
                    outcome.getValue()), texts, message, LOG, "Saving a call")) {
                showList();
                message.setText(texts.get("calls.saved"));
            }
        });
        save.getElement().setAttribute("aria-label", texts.get("calls.save") + ": " + name);
        Paragraph reach = new Paragraph(services.consent().contactDetail(call.memberId())
                .map(c -> texts.get("calls.reach", c)).orElseGet(() -> texts.get("calls.reach.none")));
        reach.setId("calls-reach-" + i);
        Div card = new Div(new H2(name), reach, last, Ui.row(reached, outcome, save));
        card.setId("calls-card-" + i);
        return card;
    }
}
