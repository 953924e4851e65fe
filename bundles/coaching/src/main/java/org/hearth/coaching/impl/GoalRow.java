package org.hearth.coaching.impl;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.Texts;

/** One goal on the plan form: life domain, the member's words, the next step, a date if they like, a resource. */
final class GoalRow extends Div {

    private final Select<LifeDomain> domain = new Select<>();
    private final TextField words;
    private final TextField step;
    private final DatePicker by;
    private final Select<Long> resource = new Select<>();

    GoalRow(Texts texts, int index, Optional<Goal> goal, Map<Long, Resource> resources) {
        String id = "plan-form-goal-" + index + "-";
        domain.setId(id + "domain");
        domain.setLabel(texts.get("form.goal.domain"));
        domain.setItems(LifeDomain.values());
        domain.setItemLabelGenerator(d -> texts.get(d.key()));
        words = field(id + "words", texts.get("form.goal.words"));
        step = field(id + "step", texts.get("form.goal.step"));
        by = new DatePicker(texts.get("form.goal.by"));
        by.setId(id + "by");
        by.setLocale(texts.locale());
        List<Long> ids = new ArrayList<>(resources.keySet());
        ids.add(0, 0L);
        resource.setId(id + "resource");
        resource.setLabel(texts.get("form.goal.resource"));
        resource.setItems(ids);
        resource.setItemLabelGenerator(r -> r == 0L ? "\u2014" : resources.get(r).name());
        resource.setValue(0L);
        goal.ifPresent(g -> {
            domain.setValue(g.domain());
            words.setValue(g.words());
            step.setValue(g.step());
            by.setValue(g.stepBy().orElse(null));
            g.resourceId().filter(resources::containsKey).ifPresent(resource::setValue);
        });
        add(Ui.row(domain, words, step, by, resource));
    }

    private static TextField field(String id, String label) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(Goal.MAX_WORDS);
        field.setWidth("18rem");
        return field;
    }

    boolean blank() {
        return words.getValue().isBlank() && step.getValue().isBlank() && domain.getValue() == null;
    }

    /** The goal, or a refusal naming what is missing. */
    Goal goal() {
        if (domain.getValue() == null) {
            throw new Refusal("error.domain");
        }
        Long r = resource.getValue();
        return new Goal(domain.getValue(), words.getValue().strip(), step.getValue().strip(),
                Optional.ofNullable(by.getValue()), r == null || r == 0L ? Optional.empty() : Optional.of(r));
    }
}
