package org.hearth.supervision.impl;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;

/**
 * A re-engagement plan as the peer or their supervisor sees it, read (and audited) by the view after the PIN:
 * its state and who has agreed, its steps, supports, check-ins and return to duties, adding to it, and for the peer
 * the coordinator's consent and a copy to keep. Without a plan: a way to start one together.
 */
final class PlanPanel extends Div {

    /** Whose screen this is and how to read the plan again (through the PIN) or go back. */
    record Owner(SupervisionServices services, Texts texts, Viewer viewer, String peer,
                 Consumer<String> reload, Runnable back) {
        boolean peerSide() {
            return viewer.personId().filter(peer::equals).isPresent();
        }
    }

    private final Owner o;
    private final Texts texts;
    private final Paragraph message = Steps.message("plan-message");

    PlanPanel(Owner owner, Optional<Plan> plan) {
        this.o = owner;
        this.texts = owner.texts();
        setId("plan-panel");
        add(new H2(texts.get("plan.title")), new Paragraph(texts.get("plan.about")), message);
        if (plan.isEmpty() || !plan.get().active()) {
            plan.ifPresent(this::show);
            add(new Paragraph(texts.get("plan.none")), Ui.row(Ui.button("plan-propose", texts.get("plan.propose"),
                    () -> act(() -> o.services().plans().propose(o.viewer(), o.peer()), "plan.proposed"))));
        } else {
            show(plan.get());
            agreement(plan.get());
            PlanItemForm form = new PlanItemForm(texts);
            form.addSaveListener(e -> act(() -> o.services().plans().add(o.viewer(), plan.get().id(), e.item()),
                    "plan.added"));
            add(form);
        }
        if (o.peerSide() && plan.isPresent()) {
            add(consent(plan.get()), export(plan.get()));
        }
        add(Ui.actions(Ui.button("plan-back", texts.get("back"), o.back())));
    }

    private void show(Plan plan) {
        Paragraph state = new Paragraph(PlanText.state(texts, plan));
        state.setId("plan-state");
        add(state);
        for (PlanItem.Kind kind : PlanItem.Kind.values()) {
            Div section = new Div(new H3(texts.get(PlanText.heading(kind))));
            section.setId("plan-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            List<PlanItem> items = plan.items(kind);
            items.forEach(i -> section.add(item(plan, i)));
            if (items.isEmpty()) {
                section.add(new Paragraph(texts.get("plan.nothing")));
            }
            add(section);
        }
    }

    private Div item(Plan plan, PlanItem item) {
        Paragraph line = new Paragraph((item.done() ? "✓ " : "") + PlanText.line(texts, item)
                + (item.peerAgreed() ? "" : " · " + texts.get("plan.item.waiting")));
        line.setId("plan-item-" + item.id());
        Div row = Ui.row(line);
        if (plan.active()) {
            if (!item.peerAgreed() && o.peerSide()) {
                row.add(Ui.button("plan-accept-" + item.id(), texts.get("plan.accept"),
                        () -> act(() -> o.services().plans().accept(o.viewer(), item.id()), "plan.agreed")));
            }
            if (item.kind() == PlanItem.Kind.STEP) {
                row.add(Ui.button("plan-done-" + item.id(), texts.get(item.done() ? "plan.step.undo" : "plan.step.done"),
                        () -> act(() -> o.services().plans().change(o.viewer(), item.id(), Optional.of(!item.done())),
                                "saved")));
            }
            row.add(Ui.button("plan-remove-" + item.id(), texts.get("plan.remove"),
                    () -> act(() -> o.services().plans().change(o.viewer(), item.id(), Optional.empty()), "saved")));
        }
        return row;
    }

    private void agreement(Plan plan) {
        boolean mine = o.peerSide() ? plan.peerAgrees() : plan.ownerAgrees();
        boolean theirs = o.peerSide() ? plan.ownerAgrees() : plan.peerAgrees();
        String waiting = o.peerSide() ? "plan.waiting.supervisor" : "plan.waiting.peer";
        Paragraph status = new Paragraph(mine ? texts.get("plan.you.agree") + " " + texts.get(waiting)
                : theirs ? texts.get(o.peerSide() ? "plan.waiting.peer" : "plan.waiting.supervisor") : "");
        status.setId("plan-agreement");
        boolean proposed = plan.state() == Plan.State.PROPOSED;
        String done = proposed ? "plan.opened" : "plan.closed";
        add(status, Ui.row(mine ? Ui.button("plan-agree-undo", texts.get("plan.agree.undo"),
                () -> act(() -> o.services().plans().agree(o.viewer(), plan.id(), false), "plan.agreed"))
                : Ui.button("plan-agree", texts.get(proposed ? "plan.agree.open" : "plan.agree.done"),
                () -> act(() -> o.services().plans().agree(o.viewer(), plan.id(), true), theirs ? done : "plan.agreed"))));
    }

    private Div consent(Plan plan) {
        Checkbox consent = new Checkbox(texts.get("plan.consent"), plan.coordinatorMayKnow());
        consent.setId("plan-consent");
        Paragraph said = new Paragraph(texts.get(plan.coordinatorMayKnow() ? "plan.consent.on" : "plan.consent.off"));
        said.setId("plan-consent-text");
        consent.addValueChangeListener(e -> act(() -> o.services().plans().consent(o.viewer(), plan.id(), e.getValue()),
                e.getValue() ? "plan.consent.on" : "plan.consent.off"));
        return new Div(consent, said);
    }

    /** The peer's own copy: read again (and audited as an export) when the link is followed. */
    private Anchor export(Plan plan) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            String text = o.services().plans().export(o.viewer(), o.peer())
                    .map(p -> PlanText.export(texts, p, o.services().name(o.peer()))).orElse("");
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), texts.get("plan.export.file"),
                    "text/plain; charset=UTF-8", bytes.length);
        });
        Anchor anchor = new Anchor();
        anchor.setText(texts.get("plan.export"));
        anchor.addAttachListener(e -> anchor.setHref(handler, AttachmentType.DOWNLOAD));
        anchor.setId("plan-export");
        anchor.getStyle().set("display", "inline-block").set("padding", "12px 20px").set("margin", "4px")
                .set("min-height", "48px").set("box-sizing", "border-box").set("border", "1px solid #7a3e1d")
                .set("border-radius", "12px").set("font-size", "1.05rem");
        return anchor;
    }

    /** Runs a change; once accepted, the plan is read again through the PIN check and the panel says so. */
    private void act(Runnable change, String done) {
        if (Steps.run(change, texts, message, SupervisionView.LOG, "Changing a plan")) {
            o.reload().accept(texts.get(done));
        }
    }

    /** Shows what just happened. */
    void say(String text) {
        message.setText(text);
    }
}
