package org.hearth.coaching.impl;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.Texts;

/**
 * A new version of the plan, written with the member: their strengths, what matters, goals by life domain, the
 * supports they chose, the next review, and their agreement. Fires a {@link SaveEvent} or a {@link BackEvent}.
 */
final class PlanForm extends Div {

    private final Binder<PlanDraft> binder = new Binder<>();
    private final PlanDraft draft;
    private final Texts texts;
    private final Map<Long, Resource> resources;
    private final List<GoalRow> rows = new ArrayList<>();
    private final Div goals = new Div();
    final Paragraph message = Steps.message("plan-form-message");

    PlanForm(Texts texts, PlanDraft draft, List<Goal> current, Map<Long, Resource> resources) {
        this.texts = texts;
        this.draft = draft;
        this.resources = resources;
        setId("plan-form");
        TextArea strengths = area("strengths", "form.strengths");
        binder.forField(strengths).bind(d -> d.strengths, (d, v) -> d.strengths = v);
        TextArea matters = area("matters", "form.matters");
        binder.forField(matters).bind(d -> d.matters, (d, v) -> d.matters = v);
        TextArea supports = area("supports", "form.supports");
        binder.forField(supports).bind(d -> d.supports, (d, v) -> d.supports = v);
        DatePicker review = new DatePicker(texts.get("form.review.date"));
        review.setId("plan-form-review-date");
        review.setLocale(texts.locale());
        binder.forField(review).asRequired(texts.get("error.review.date")).bind(d -> d.nextReview, (d, v) -> d.nextReview = v);
        Checkbox isReview = new Checkbox(texts.get("form.review"));
        isReview.setId("plan-form-review");
        binder.forField(isReview).bind(d -> d.review, (d, v) -> d.review = v);
        Checkbox agreed = new Checkbox(texts.get("form.agreed"));
        agreed.setId("plan-form-agreed");
        binder.forField(agreed).withValidator(v -> v, texts.get("error.agreed")).bind(d -> d.agreed, (d, v) -> d.agreed = v);
        current.forEach(g -> addGoal(Optional.of(g)));
        if (current.isEmpty()) {
            addGoal(Optional.empty());
        }
        Button add = Ui.button(texts, "plan-form-goal-add", "form.goal.add", () -> addGoal(Optional.empty()));
        Button save = Ui.button(texts, "plan-form-save", "save", this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = Ui.button(texts, "plan-form-back", "back", () -> fireEvent(new BackEvent(this)));
        Div actions = Ui.row(save, back);
        actions.addClassName("step-actions");
        binder.setValidationStatusHandler(status -> message.setText(status.getValidationErrors().stream().findFirst()
                .map(ValidationResult::getErrorMessage).orElse("")));
        binder.readBean(draft);
        add(new H2(texts.get("form.new")), strengths, matters, goals, add, supports, Ui.row(review, isReview), agreed,
                message, actions);
    }

    private TextArea area(String name, String key) {
        TextArea area = new TextArea(texts.get(key));
        area.setId("plan-form-" + name);
        area.setMaxLength(Plan.MAX_TEXT);
        area.setWidthFull();
        return area;
    }

    private void addGoal(Optional<Goal> goal) {
        if (rows.size() < PlanBook.MAX_GOALS) {
            GoalRow row = new GoalRow(texts, rows.size(), goal, resources);
            rows.add(row);
            goals.add(row);
        }
    }

    /** Writes the plan from a newer version after someone else saved first; the words typed here stay. */
    void rebase(int version) {
        draft.basedOn = version;
    }

    private void save() {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            List<Goal> written = rows.stream().filter(r -> !r.blank()).map(GoalRow::goal).toList();
            fireEvent(new SaveEvent(this, draft, written));
        } catch (Refusal r) {
            message.setText(texts.get(r.key(), r.args()));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addBackListener(ComponentEventListener<BackEvent> listener) {
        return addListener(BackEvent.class, listener);
    }

    /** The coach saved the version with the member (not yet checked). */
    static final class SaveEvent extends ComponentEvent<PlanForm> {
        private final PlanDraft draft;
        private final List<Goal> goals;

        SaveEvent(PlanForm source, PlanDraft draft, List<Goal> goals) {
            super(source, false);
            this.draft = draft;
            this.goals = List.copyOf(goals);
        }

        PlanDraft draft() {
            return draft;
        }

        List<Goal> goals() {
            return goals;
        }
    }

    /** The coach went back without saving. */
    static final class BackEvent extends ComponentEvent<PlanForm> {
        BackEvent(PlanForm source) {
            super(source, false);
        }
    }
}
