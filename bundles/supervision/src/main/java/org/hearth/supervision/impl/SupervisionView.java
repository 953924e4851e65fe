package org.hearth.supervision.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;
import org.hearth.api.ui.StepHeading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor's screen: each supervisee with when they are due, and from there a log entry to write, their
 * log to read and their re-engagement plan (after the PIN). A coordinator sees only which peers chose to share
 * that they have a plan; nobody's log, cadence or plan.
 */
class SupervisionView extends VerticalLayout {

    static final Logger LOG = LoggerFactory.getLogger(SupervisionView.class);
    static final Duration PIN_WITHIN = Duration.ofMinutes(15);

    final SupervisionServices services;
    final Texts texts;
    final Viewer viewer;
    final Paragraph message = Steps.message("sup-message");
    private final ModuleContext context;

    SupervisionView(SupervisionServices services, ModuleContext context) {
        this.services = services;
        this.context = context;
        this.texts = context.texts(SupervisionView.class, SupervisionModule.TEXTS);
        this.viewer = context.viewer();
        addClassName("supervision");
        setPadding(false);
        showList();
    }

    void showList() {
        removeAll();
        add(StepHeading.focus(new H1(texts.get("title"))), message);
        if (!viewer.isStaff()) {
            message.setText(texts.get("error.supervision.access"));
            return;
        }
        Steps.attempt(() -> services.access().supervisees(viewer), texts, message, LOG, "Supervisees")
                .ifPresent(this::showSupervisees);
        if (viewer.holds(Role.COORDINATOR)) {
            add(knownPlans());
        }
        if (viewer.holds(Role.SUPERVISOR)) {
            add(topicAdder());
        }
    }

    private void showSupervisees(List<SupervisionRelation> relations) {
        if (relations.isEmpty() && !viewer.holds(Role.COORDINATOR)) {
            add(new Paragraph(texts.get("sup.none")));
        }
        for (SupervisionRelation r : relations) {
            String peer = r.superviseeId();
            Div card = Ui.card("sup-peer-" + peer, new H2(services.name(peer)),
                    new Paragraph(texts.get(services.peerRoleKey(peer))));
            if (!viewer.personId().filter(r.supervisorId()::equals).isPresent()) {
                card.add(new Paragraph(texts.get("sup.backup")));
            }
            Steps.attempt(() -> services.cadence().of(viewer, peer), texts, message, LOG, "Cadence")
                    .ifPresent(due -> card.add(due(peer, due)));
            card.add(Ui.row(Ui.button("sup-write-" + peer, texts.get("sup.write"), () -> showForm(peer)),
                    Ui.button("sup-log-" + peer, texts.get("sup.log"), () -> showLog(peer)),
                    Ui.button("sup-plan-" + peer, texts.get("sup.plan"), () -> showPlan(peer, ""))));
            add(card);
        }
    }

    private Paragraph due(String peer, Cadence.Due due) {
        String state = texts.get("sup.due." + due.state().name().toLowerCase(Locale.ROOT), Ui.day(texts, due.dueOn()));
        String last = due.lastMet().map(d -> texts.get("sup.due.last", Ui.day(texts, d), due.everyDays()))
                .orElse(texts.get("sup.due.never"));
        Paragraph line = new Paragraph(state + ". " + last);
        line.setId("sup-due-" + peer);
        if (due.state() == Cadence.State.OVERDUE) {
            line.getStyle().set("font-weight", "bold");
        }
        return line;
    }

    private Component knownPlans() {
        Div known = new Div(new H2(texts.get("sup.known.title")));
        known.setId("sup-known");
        Steps.attempt(() -> services.plans().knownToCoordinator(viewer), texts, message, LOG, "Plans known")
                .ifPresent(peers -> {
                    peers.forEach(p -> known.add(new Paragraph(texts.get("sup.known.line", services.name(p)))));
                    if (peers.isEmpty()) {
                        known.add(new Paragraph(texts.get("sup.known.none")));
                    }
                });
        return known;
    }

    private Component topicAdder() {
        TextField en = new TextField(texts.get("sup.topic.en"));
        en.setId("sup-topic-en");
        en.setMaxLength(Topics.MAX_NAME);
        TextField es = new TextField(texts.get("sup.topic.es"));
        es.setId("sup-topic-es");
        es.setMaxLength(Topics.MAX_NAME);
        Paragraph topics = new Paragraph(String.join(", ", services.topics().list().stream()
                .map(t -> t.name(texts.locale())).toList()));
        return new Div(new H3(texts.get("sup.topics")), topics, Ui.row(en, es,
                Ui.button("sup-topic-add", texts.get("sup.topic.add"), () -> {
                    if (Steps.run(() -> services.topics().add(viewer, en.getValue(),
                            Optional.of(es.getValue()).filter(s -> !s.isBlank())), texts, message, LOG, "Adding a topic")) {
                        showList();
                        message.setText(texts.get("sup.topic.added"));
                    }
                })));
    }

    private void showForm(String peer) {
        LogForm form = new LogForm(texts, services.topics().list(), services.name(peer), services.plans().today());
        form.addBackListener(e -> showList());
        form.addSaveListener(e -> {
            if (Steps.run(() -> services.log().write(viewer, peer, e.draft()), texts, form.message, LOG, "Writing a log")) {
                showList();
                message.setText(texts.get("log.saved", services.name(peer)));
            }
        });
        show(form);
    }

    private void showLog(String peer) {
        Steps.attempt(() -> services.log().read(viewer, peer), texts, message, LOG, "Reading a log")
                .ifPresent(entries -> show(new LogPanel(services, texts, viewer, peer, entries, this::showList)));
    }

    /** Asks for the PIN when the last was given more than 15 minutes ago, then reads the plan. */
    void showPlan(String peer, String said) {
        context.confirmPin(PIN_WITHIN, () -> Steps.attempt(() -> services.plans().read(viewer, peer), texts, message,
                LOG, "Reading a plan").ifPresentOrElse(plan -> {
                    PlanPanel panel = new PlanPanel(new PlanPanel.Owner(services, texts, viewer, peer,
                            s -> showPlan(peer, s), this::showList), plan);
                    panel.say(said);
                    show(panel);
                }, this::showList));
    }

    private void show(Component panel) {
        removeAll();
        add(panel);
    }
}
