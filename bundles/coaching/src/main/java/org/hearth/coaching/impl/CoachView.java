package org.hearth.coaching.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearth.api.ModuleContext;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;
import org.hearth.api.ui.MemberFinder;
import org.hearth.api.ui.StepHeading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coach's members and what is due (for a supervisor, also the members of the coaches they support), a member
 * who chose this coach found by their masked name, and a plan opened after the PIN was given again.
 */
class CoachView extends VerticalLayout {

    static final Logger LOG = LoggerFactory.getLogger(CoachView.class);
    static final Duration PIN_WITHIN = Duration.ofMinutes(15);

    final CoachingServices services;
    final ModuleContext context;
    final Texts texts;
    final Viewer viewer;
    final String me;
    final Paragraph message = Steps.message("coach-message");

    CoachView(CoachingServices services, ModuleContext context) {
        this.services = services;
        this.context = context;
        this.texts = context.texts(CoachView.class, CoachingServices.TEXTS);
        this.viewer = context.viewer();
        this.me = viewer.personId().orElse("");
        addClassName("coaching-coach");
        setPadding(false);
        showHome();
    }

    void showHome() {
        removeAll();
        add(StepHeading.focus(new H1(texts.get("coach.title"))), message);
        Steps.attempt(() -> services.due(viewer), texts, message, LOG, "What is due").ifPresent(this::showDue);
        add(new H2(texts.get("coach.members")));
        Steps.attempt(this::members, texts, message, LOG, "The coach's members").ifPresent(members -> {
            if (members.isEmpty()) {
                add(new Paragraph(texts.get("coach.none")));
            }
            members.forEach(p -> {
                String name = services.name(p.memberId());
                Paragraph who = new Paragraph(name + (p.coachId().equals(me) ? ""
                        : " " + texts.get("coach.due.coach", services.name(p.coachId()))));
                var open = Ui.button(texts, "coach-open-" + p.id(), "coach.open", () -> open(p.memberId()));
                open.getElement().setAttribute("aria-label", texts.get("coach.open") + ": " + name);
                add(Ui.row(who, open));
            });
        });
        add(Ui.row(Ui.button(texts, "coach-pair", "coach.pair", this::showPair)));
    }

    private List<Pairing> members() {
        List<Pairing> members = new ArrayList<>(services.pairings().ofCoach(me));
        for (SupervisionRelation r : services.relations().supervisedBy(viewer, me)) {
            members.addAll(services.pairings().ofCoach(r.superviseeId()));
        }
        return members;
    }

    private void showDue(List<Cadence.Due> due) {
        add(new H2(texts.get("coach.due")));
        if (due.isEmpty()) {
            add(new Paragraph(texts.get("coach.due.none")));
        }
        for (int i = 0; i < due.size(); i++) {
            Cadence.Due d = due.get(i);
            String key = "coach.due." + d.kind().name().toLowerCase(Locale.ROOT).replace("first_plan", "first")
                    + (d.overdue() ? ".over" : "");
            String text = texts.get(key, services.name(d.memberId()), Ui.day(texts, d.on()))
                    + (d.coachId().equals(me) ? "" : " " + texts.get("coach.due.coach", services.name(d.coachId())));
            Paragraph line = new Paragraph(text);
            line.setId("coach-due-" + i);
            add(line);
        }
    }

    /** Opens a member's plan once the PIN was given within the last quarter of an hour. */
    void open(String memberId) {
        context.confirmPin(PIN_WITHIN, () -> show(new MemberPanel(this, memberId)));
    }

    private void showPair() {
        show(new MemberFinder(services.people(), texts, "coach-pair-", "find", texts.get("coach.pair.find"),
                (person, typed) -> pair(person.id()), (person, code) -> pair(person.id())),
                Ui.button(texts, "coach-pair-back", "back", this::showHome));
    }

    private void pair(String memberId) {
        Paragraph pairMessage = Steps.message("coach-pair-message");
        add(pairMessage);
        if (Steps.run(() -> services.pair(viewer, memberId), texts, pairMessage, LOG, "Pairing")) {
            showHome();
            message.setText(texts.get("coach.paired", services.name(memberId)));
        }
    }

    void show(Component... panel) {
        removeAll();
        add(panel);
    }
}
