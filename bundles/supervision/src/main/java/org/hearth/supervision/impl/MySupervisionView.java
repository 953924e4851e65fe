package org.hearth.supervision.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.hearth.api.ModuleContext;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;
import org.hearth.api.ui.StepHeading;

/**
 * The peer's own supervision: who supervises them, their log (to read, reflect on and mark read) and, after the
 * PIN, their re-engagement plan. Only ever the viewer's own records.
 */
class MySupervisionView extends VerticalLayout {

    private final SupervisionServices services;
    private final ModuleContext context;
    private final Texts texts;
    private final Viewer viewer;
    private final String me;
    private final Paragraph message = Steps.message("my-message");

    MySupervisionView(SupervisionServices services, ModuleContext context) {
        this.services = services;
        this.context = context;
        this.texts = context.texts(MySupervisionView.class, SupervisionModule.TEXTS);
        this.viewer = context.viewer();
        this.me = viewer.isStaff() ? viewer.personId().orElse("") : "";
        addClassName("my-supervision");
        setPadding(false);
        showMine();
    }

    void showMine() {
        removeAll();
        if (me.isEmpty()) {
            add(message);
            message.setText(texts.get("error.supervision.access"));
            return;
        }
        add(StepHeading.focus(new H1(texts.get("my.title"))), message, supervisor(),
                Ui.row(Ui.button("my-plan", texts.get("my.plan"), () -> showPlan(""))));
        Steps.attempt(() -> services.log().read(viewer, me), texts, message, SupervisionView.LOG, "My log")
                .ifPresent(entries -> add(new LogPanel(services, texts, viewer, me, entries, null)));
    }

    private Component supervisor() {
        Optional<SupervisionRelation> relation = services.access().relation(viewer, me);
        Paragraph line = new Paragraph(relation.map(r -> {
            String supervisor = services.name(r.supervisorId());
            return services.nameOf(r.backupId()).map(b -> texts.get("my.supervisor.backup", supervisor, b))
                    .orElse(texts.get("my.supervisor", supervisor));
        }).orElse(texts.get("my.supervisor.none")));
        line.setId("my-supervisor");
        return line;
    }

    /** Asks for the PIN when the last was given more than 15 minutes ago, then reads the viewer's own plan. */
    private void showPlan(String said) {
        context.confirmPin(SupervisionView.PIN_WITHIN, () -> Steps.attempt(() -> services.plans().read(viewer, me), texts,
                message, SupervisionView.LOG, "Reading my plan").ifPresentOrElse(plan -> {
                    PlanPanel panel = new PlanPanel(new PlanPanel.Owner(services, texts, viewer, me, this::showPlan,
                            this::showMine), plan);
                    panel.say(said);
                    removeAll();
                    add(panel);
                }, this::showMine));
    }
}
