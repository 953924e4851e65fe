package org.hearth.coaching.impl;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearth.api.Texts;
import org.hearth.api.ui.NumberPad;
import org.hearth.api.ui.PinField;

/**
 * One member for their coach (or the coach's supervisor, who reads only): the plan, the contacts, and for the coach
 * a new version, a contact, the agreed cadence, the member's PIN and the end of the pairing at the member's wish.
 */
final class MemberPanel extends Div {

    private final CoachView view;
    private final CoachingServices services;
    private final Texts texts;
    private final String memberId;
    private final Paragraph message = Steps.message("member-message");
    private Optional<Plan> plan = Optional.empty();

    MemberPanel(CoachView view, String memberId) {
        this.view = view;
        this.services = view.services;
        this.texts = view.texts;
        this.memberId = memberId;
        setId("member-panel");
        showPlan();
    }

    void showPlan() {
        removeAll();
        add(new H2(texts.get("coach.member", services.name(memberId))), message);
        Optional<Optional<Plan>> read = Steps.attempt(() -> services.readPlan(view.viewer, memberId), texts, message,
                CoachView.LOG, "Reading a plan");
        Optional<List<Contact>> notes = read.flatMap(p -> Steps.attempt(() -> services.readNotes(view.viewer, memberId),
                texts, message, CoachView.LOG, "Reading notes"));
        if (read.isEmpty() || notes.isEmpty()) {
            add(Ui.button(texts, "member-back", "back", view::showHome));
            return;
        }
        plan = read.get();
        boolean coach = services.access().standing(view.viewer, memberId) == CoachingAccess.Standing.COACH;
        if (!coach) {
            add(new Paragraph(texts.get("coach.readonly")));
        }
        add(plan.<com.vaadin.flow.component.Component>map(p -> new PlanCard(texts, p, resources(), "member-plan"))
                .orElseGet(() -> new Paragraph(texts.get("plan.none"))));
        if (coach) {
            add(Ui.row(Ui.button(texts, "member-write", "coach.write", this::showPlanForm),
                    Ui.button(texts, "member-note", "coach.note", this::showContactForm),
                    Ui.button(texts, "member-agree", "coach.agree", this::showAgreement),
                    Ui.button(texts, "member-pin", "coach.pin", this::showPin),
                    Ui.button(texts, "member-end", "coach.end", this::end)));
        }
        add(new H3(texts.get("notes.title")));
        if (notes.get().isEmpty()) {
            add(new Paragraph(texts.get("notes.none")));
        }
        notes.get().forEach(c -> add(new Paragraph(texts.get("notes.line", Ui.day(texts, c.day()), texts.get(c.how().key()),
                c.minutes(), c.note()) + (c.nextStep().isBlank() ? "" : " " + texts.get("notes.next", c.nextStep())))));
        add(Ui.button(texts, "member-back", "back", view::showHome));
    }

    private Map<Long, Resource> resources() {
        return services.resources().list(true).stream().collect(Collectors.toMap(Resource::id, Function.identity()));
    }

    private void showPlanForm() {
        PlanForm form = new PlanForm(texts, PlanDraft.of(plan, services.today()),
                plan.map(Plan::goals).orElse(List.of()), resources());
        Div theirs = new Div();
        form.addBackListener(e -> showPlan());
        form.addSaveListener(e -> {
            Plan written = new Plan(memberId, 0, e.draft().strengths.strip(), e.draft().matters.strip(),
                    e.draft().supports.strip(), e.goals(), e.draft().nextReview, services.today(), e.draft().review,
                    view.me);
            try {
                int version = services.savePlan(view.viewer, written, e.draft().basedOn);
                showPlan();
                message.setText(texts.get("plan.saved", version));
            } catch (PlanConflict c) {
                theirs.removeAll();
                theirs.add(new PlanCard(texts, c.theirs(), resources(), "plan-theirs"));
                form.rebase(c.theirs().version());
                plan = Optional.of(c.theirs());
                form.message.setText(texts.get(c.key(), c.args()));
            } catch (RuntimeException other) {
                Steps.run(() -> {
                    throw other;
                }, texts, form.message, CoachView.LOG, "Saving a plan");
            }
        });
        showOnly(theirs, form);
    }

    private void showContactForm() {
        ContactForm form = new ContactForm(texts, services.today());
        form.addBackListener(e -> showPlan());
        form.addSaveListener(e -> {
            ContactForm.Draft d = e.draft();
            if (Steps.run(() -> services.addContact(view.viewer, new Contact(0, memberId, view.me, d.day, d.how,
                    d.minutes, d.note, d.next)), texts, form.message, CoachView.LOG, "Saving a contact")) {
                showPlan();
                message.setText(texts.get("note.saved"));
            }
        });
        showOnly(form);
    }

    private Optional<Pairing> pairing() {
        return services.pairings().ofMember(memberId).stream().filter(p -> p.current() && p.coachId().equals(view.me))
                .findFirst();
    }

    private void showAgreement() {
        Pairing p = pairing().orElseThrow();
        IntegerField every = new IntegerField(texts.get("coach.every"));
        every.setId("agree-every");
        every.setValue(p.contactEveryDays());
        Checkbox calls = new Checkbox(texts.get("coach.calls"), p.wantsCalls());
        calls.setId("agree-calls");
        Paragraph agreeMessage = Steps.message("agree-message");
        showOnly(Ui.row(every, calls), agreeMessage, Ui.row(Ui.button(texts, "agree-save", "save",
                () -> act(agreeMessage, () -> services.pairings().agree(p.id(),
                        every.getValue() == null ? 0 : every.getValue(), calls.getValue()), "coach.agreed")),
                Ui.button(texts, "agree-back", "back", this::showPlan)));
    }

    private void showPin() {
        PinField pin = new PinField(texts);
        pin.setId("member-pin-field");
        pin.setLabel(texts.get("coach.pin.field"));
        Paragraph pinMessage = Steps.message("member-pin-message");
        showOnly(pin, new NumberPad(texts, "member-pin-key-").attachTo(pin), pinMessage, Ui.row(
                Ui.button(texts, "member-pin-save", "save", () -> act(pinMessage, () -> services.pins().choose(memberId,
                        pin.getValue()), "coach.pin.saved")),
                Ui.button(texts, "member-pin-back", "back", this::showPlan)));
    }

    private void end() {
        pairing().ifPresent(p -> {
            if (Steps.run(() -> services.pairings().end(p.id(), services.today()), texts, message, CoachView.LOG,
                    "Ending a pairing")) {
                services.audit().record(view.me, "coaching.pair.end", "person:" + memberId);
                view.showHome();
                view.message.setText(texts.get("coach.ended"));
            }
        });
    }

    private void act(Paragraph where, SerializableRunnable action, String done) {
        if (Steps.run(action::run, texts, where, CoachView.LOG, "Coaching agreement")) {
            showPlan();
            message.setText(texts.get(done));
        }
    }

    private void showOnly(com.vaadin.flow.component.Component... parts) {
        removeAll();
        add(parts);
    }
}
