package org.hearth.coaching.impl;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import org.hearth.api.Texts;

/** One version of a plan as the member and their coach read it: strengths first, then what matters and the goals. */
final class PlanCard extends Div {

    PlanCard(Texts texts, Plan plan, Map<Long, Resource> resources, String id) {
        setId(id);
        addClassName("coaching-plan");
        add(paragraph(id + "-version", texts.get(plan.review() ? "plan.version.review" : "plan.version",
                plan.version(), Ui.day(texts, plan.agreedOn()))));
        section(texts, "plan.strengths", plan.strengths(), id + "-strengths");
        section(texts, "plan.matters", plan.whatMatters(), id + "-matters");
        add(new H3(texts.get("plan.goals")));
        UnorderedList goals = new UnorderedList();
        goals.setId(id + "-goals");
        for (Goal g : plan.goals()) {
            ListItem item = new ListItem(new Paragraph(texts.get("plan.goal", texts.get(g.domain().key()), g.words())),
                    new Paragraph(g.stepBy().map(d -> texts.get("plan.step.by", g.step(), Ui.day(texts, d)))
                            .orElseGet(() -> texts.get("plan.step", g.step()))));
            g.resourceId().map(resources::get).ifPresent(r -> item.add(new Paragraph(texts.get("plan.resource",
                    r.name(), r.reach()))));
            item.getElement().setAttribute("dir", "auto");
            goals.add(item);
        }
        add(goals);
        section(texts, "plan.supports", plan.supports(), id + "-supports");
        add(paragraph(id + "-review", texts.get("plan.review", Ui.day(texts, plan.nextReview()))));
    }

    private void section(Texts texts, String key, String words, String id) {
        add(new H3(texts.get(key)), paragraph(id, words));
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.getElement().setAttribute("dir", "auto");
        p.getStyle().set("white-space", "pre-line");
        return p;
    }
}
