package org.hearth.supervision.impl;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.Texts;

/**
 * Adds one part to a plan: a step, a support the peer chooses, a check-in date, or a stage of the return to
 * duties (from a date, what the scheduler is told). Fires a {@link SaveEvent} with the item; its panel saves.
 */
final class PlanItemForm extends Div {

    private final Select<PlanItem.Kind> kind = new Select<>();
    private final TextField text = new TextField();
    private final DatePicker day = new DatePicker();
    private final Select<PlanItem.Duties> duties = new Select<>();
    private final CheckboxGroup<String> roles = new CheckboxGroup<>();
    private final Texts texts;

    PlanItemForm(Texts texts) {
        this.texts = texts;
        setId("plan-item-form");
        kind.setLabel(texts.get("plan.kind"));
        kind.setId("plan-kind");
        kind.setItems(PlanItem.Kind.values());
        kind.setItemLabelGenerator(k -> texts.get("kind." + k.name().toLowerCase(Locale.ROOT)));
        kind.addValueChangeListener(e -> fit());
        text.setLabel(texts.get("plan.text"));
        text.setId("plan-text");
        text.setMaxLength(PlanItem.MAX_TEXT);
        text.setWidth("28rem");
        text.getStyle().set("max-width", "100%");
        day.setLabel(texts.get("plan.day"));
        day.setId("plan-day");
        duties.setLabel(texts.get("plan.duties"));
        duties.setId("plan-duties");
        duties.setItems(PlanItem.Duties.values());
        duties.setItemLabelGenerator(d -> texts.get("duties." + d.name().toLowerCase(Locale.ROOT), "…"));
        duties.addValueChangeListener(e -> fit());
        roles.setLabel(texts.get("plan.roles"));
        roles.setId("plan-roles");
        roles.setItems(DutyRoles.CODES);
        roles.setItemLabelGenerator(c -> texts.get("role." + c));
        kind.setValue(PlanItem.Kind.STEP);
        add(new H3(texts.get("plan.add.title")), Ui.row(kind, text, day), Ui.row(duties), roles,
                Ui.row(Ui.button("plan-add", texts.get("plan.add"), this::save)));
        fit();
    }

    /** Shows the fields the chosen kind of item has. */
    private void fit() {
        PlanItem.Kind k = kind.getValue();
        boolean stage = k == PlanItem.Kind.RETURN;
        text.setHelperText(k == PlanItem.Kind.SUPPORT ? texts.get("plan.text.support") : null);
        day.setVisible(k == PlanItem.Kind.CHECK_IN || stage);
        duties.setVisible(stage);
        roles.setVisible(stage && duties.getValue() == PlanItem.Duties.ONLY);
    }

    private void save() {
        PlanItem.Kind k = kind.getValue();
        boolean stage = k == PlanItem.Kind.RETURN;
        fireEvent(new SaveEvent(this, PlanItem.draft(k, Optional.ofNullable(text.getValue()).filter(t -> !t.isBlank()),
                day.isVisible() ? Optional.ofNullable(day.getValue()) : Optional.empty(),
                stage ? Optional.ofNullable(duties.getValue()) : Optional.empty(),
                stage && duties.getValue() == PlanItem.Duties.ONLY ? roles.getValue() : java.util.Set.of())));
    }

    /** Clears the fields after a save the plan accepted. */
    void clear() {
        text.clear();
        day.clear();
        roles.clear();
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The peer or supervisor added an item (not yet checked by the plan). */
    static final class SaveEvent extends ComponentEvent<PlanItemForm> {
        private final PlanItem item;

        SaveEvent(PlanItemForm source, PlanItem item) {
            super(source, false);
            this.item = item;
        }

        PlanItem item() {
            return item;
        }
    }
}
