package org.hearth.console.impl;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hearth.api.Center;
import org.hearth.api.Centers;
import org.hearth.api.CountScope;
import org.hearth.api.Texts;

/**
 * Whose figures the dashboard and the funder report show when several centers share the database: this center
 * (first), another center, or the whole network with each person counted once. One center alone has no choice.
 */
final class Scopes {

    /** One choice: a center's figures or the network's, and how it is named on screen and in files. */
    record Option(CountScope scope, String label) {
    }

    private final Centers centers;

    /** {@code centers} may be null (plain unit tests): a single kiosk. */
    Scopes(Centers centers) {
        this.centers = centers;
    }

    /** The choices, this center's first; just the whole database when there is one center. */
    List<Option> options(Texts texts) {
        List<Center> all = centers == null ? List.of() : centers.all();
        if (all.size() <= 1) {
            return List.of(new Option(CountScope.NETWORK, ""));
        }
        Center here = centers.here();
        List<Option> options = new ArrayList<>();
        options.add(new Option(CountScope.of(here.id()), here.name()));
        all.stream().filter(c -> !c.id().equals(here.id()))
                .forEach(c -> options.add(new Option(CountScope.of(c.id()), c.name())));
        options.add(new Option(CountScope.NETWORK, texts.get("scope.network")));
        return options;
    }

    /** Says that a center's figures leave out the features that count only the whole network. */
    static Paragraph partial(String id, Texts texts) {
        Paragraph note = new Paragraph(texts.get("scope.partial"));
        note.setId(id);
        return note;
    }

    /** A choice among the options, the first chosen; {@code chosen} hears each change. */
    static Select<Option> select(String id, List<Option> options, Texts texts, Consumer<Option> chosen) {
        Select<Option> select = new Select<>();
        select.setId(id);
        select.setLabel(texts.get("scope.label"));
        select.setItems(options);
        select.setItemLabelGenerator(Option::label);
        select.setValue(options.get(0));
        select.setWidth("24rem");
        select.getStyle().set("max-width", "100%");
        select.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                chosen.accept(e.getValue());
            }
        });
        return select;
    }
}
