package org.hearth.coaching.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearth.api.ModuleContext;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.hearth.api.ui.MemberFinder;
import org.hearth.api.ui.NumberPad;
import org.hearth.api.ui.PinField;
import org.hearth.api.ui.StepHeading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member's own plan at the kiosk: they find their masked name, enter the PIN they chose, then read, print or
 * save their plan and, if they like, take their recovery check-up. Nothing shows whether anyone has a plan or a PIN
 * until the right PIN is given; the kiosk forgets it all when the member is done or walks away.
 */
class MyPlanView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(MyPlanView.class);

    private final CoachingServices services;
    private final ModuleContext context;
    private final Texts texts;
    private final Paragraph message = Steps.message("mine-message");

    MyPlanView(CoachingServices services, ModuleContext context) {
        this.services = services;
        this.context = context;
        this.texts = context.texts(MyPlanView.class, CoachingServices.TEXTS);
        addClassName("coaching-mine");
        setPadding(false);
        showFind();
    }

    private void showFind() {
        removeAll();
        add(StepHeading.focus(new H1(texts.get("module.title"))), new Paragraph(texts.get("mine.intro")),
                new MemberFinder(services.people(), texts, "mine-", "find", texts.get("coach.pair.find"),
                        (person, typed) -> showPin(person, person.masked(typed)),
                        (person, code) -> showPin(person, person.masked())));
    }

    private void showPin(Person person, String masked) {
        removeAll();
        PinField pin = new PinField(texts);
        pin.setId("mine-pin");
        pin.setLabel(texts.get("mine.pin"));
        Button open = Ui.button(texts, "mine-open", "mine.open", () -> open(person, pin));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        var actions = Ui.row(open, Ui.button(texts, "mine-notme", "mine.notme", this::showFind));
        actions.addClassName("step-actions");
        add(StepHeading.focus(new H1(masked)), pin, new NumberPad(texts, "mine-key-").attachTo(pin), message, actions);
    }

    private void open(Person person, PinField pin) {
        Steps.attempt(() -> services.pins().check(person.id(), pin.getValue()), texts, message, LOG, "A member's PIN")
                .ifPresent(outcome -> {
                    pin.clear();
                    switch (outcome) {
                        case RIGHT -> showPlan(person);
                        case LOCKED -> message.setText(texts.get("mine.locked"));
                        default -> message.setText(texts.get("mine.wrong"));
                    }
                });
    }

    private void showPlan(Person person) {
        removeAll();
        String name = person.chosenName();
        Optional<Optional<Plan>> plan = Steps.attempt(() -> services.ownPlan(person.id()), texts, message, LOG,
                "A member's own plan");
        add(StepHeading.focus(new H1(texts.get("plan.title", name))), message);
        plan.ifPresent(p -> {
            Map<Long, Resource> resources = services.resources().list(true).stream()
                    .collect(Collectors.toMap(Resource::id, Function.identity()));
            add(p.<com.vaadin.flow.component.Component>map(v -> new PlanCard(texts, v, resources, "mine-plan"))
                    .orElseGet(() -> new Paragraph(texts.get("plan.none"))));
            add(Ui.row(Ui.file("mine-print", texts.get("mine.print"), "my-plan.html", "text/html", true,
                            () -> PlanPage.html(texts, name, p, resources)),
                    Ui.file("mine-export", texts.get("mine.export"), "my-plan.txt", "text/plain", false,
                            () -> PlanPage.text(texts, name, p, resources))));
        });
        var actions = Ui.row(Ui.button(texts, "mine-check", "mine.check", () -> showCheck(person)),
                Ui.button(texts, "mine-done", "done", context::finish));
        actions.addClassName("step-actions");
        add(actions);
    }

    private void showCheck(Person person) {
        removeAll();
        add(new H2(texts.get("mine.check")), new Paragraph(texts.get("mine.check.intro")));
        List<RadioButtonGroup<Integer>> answers = new ArrayList<>();
        for (int q = 1; q <= SelfChecks.QUESTIONS; q++) {
            RadioButtonGroup<Integer> answer = new RadioButtonGroup<>(texts.get("check.q" + q));
            answer.setId("check-q" + q);
            answer.setItems(1, 2, 3, 4, 5);
            answers.add(answer);
            add(answer);
        }
        Button save = Ui.button(texts, "check-save", "mine.check.save", () -> {
            if (Steps.run(() -> services.checks().record(person.id(), services.today(),
                    answers.stream().map(RadioButtonGroup::getValue).toList()), texts, message, LOG, "A self-check")) {
                showChecks(person);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(message, Ui.row(save, Ui.button(texts, "check-back", "back", () -> showPlan(person))));
    }

    private void showChecks(Person person) {
        removeAll();
        add(new H2(texts.get("mine.check")), new Paragraph(texts.get("mine.check.saved")));
        services.checks().history(person.id()).forEach(t -> add(new Paragraph(texts.get("mine.check.line",
                Ui.day(texts, t.on()), t.total()))));
        add(Ui.row(Ui.button(texts, "check-back", "back", () -> showPlan(person)),
                Ui.button(texts, "mine-done", "done", context::finish)));
    }
}
