package org.hearth.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.BiConsumer;
import org.hearth.api.Texts;
import org.hearth.kiosk.osgi.ModuleManager.Installed;

/** One bundle on the module manager: its name, version and state, what it offers, and what may be done with it. */
final class ModuleCard extends Div {

    enum Action { STOP, START, REMOVE }

    private static final List<String> KNOWN_OFFERS = List.of("CountSource", "OfferingSource", "WebEndpoint",
            "EventHandler", "SchedulingLimits", "MemberChoices", "Duties", "DataSource", "FeatureSchema");

    ModuleCard(Installed bundle, Texts texts, BiConsumer<Action, Installed> act) {
        addClassName("module-card");
        setId("module-" + bundle.name());
        add(new H3(bundle.name() + " " + bundle.version()));
        add(new Paragraph(texts.get("modules.state." + bundle.state()) + (bundle.dropIn() ? " · " + texts.get("modules.local") : "")));
        if (!bundle.screens().isEmpty()) {
            add(new Paragraph(texts.get("modules.screens", String.join(", ", bundle.screens()))));
        }
        List<String> offers = bundle.offers().stream()
                .map(o -> KNOWN_OFFERS.contains(o) ? texts.get("modules.offers." + o) : o).toList();
        if (!offers.isEmpty()) {
            add(new Paragraph(texts.get("modules.offers", String.join(", ", offers))));
        }
        if (bundle.error() != null) {
            Paragraph error = new Paragraph(bundle.error());
            error.addClassName("module-error");
            add(error);
        }
        Div actions = new Div();
        actions.addClassName("module-actions");
        if (bundle.stoppable()) {
            boolean running = "ACTIVE".equals(bundle.state()) || "STARTING".equals(bundle.state());
            Action action = running ? Action.STOP : Action.START;
            actions.add(button(bundle, texts, action, act));
        }
        if (bundle.dropIn()) {
            actions.add(removeButton(bundle, texts, act));
        }
        add(actions);
    }

    private static Button button(Installed bundle, Texts texts, Action action, BiConsumer<Action, Installed> act) {
        String name = action.name().toLowerCase(java.util.Locale.ROOT);
        Button button = new Button(texts.get("modules." + name), e -> act.accept(action, bundle));
        button.setId("module-" + name + "-" + bundle.name());
        return button;
    }

    /** Removing is for good, so the first tap asks and the second removes. */
    private static Button removeButton(Installed bundle, Texts texts, BiConsumer<Action, Installed> act) {
        Button remove = new Button(texts.get("modules.remove"));
        remove.setId("module-remove-" + bundle.name());
        remove.addClickListener(e -> {
            if (remove.hasThemeName("error")) {
                act.accept(Action.REMOVE, bundle);
            } else {
                remove.setText(texts.get("modules.remove.sure"));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
        });
        return remove;
    }
}
