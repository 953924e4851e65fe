package org.hearth.supervision.impl;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;

/**
 * A peer's supervision log, newest first, as the peer or their supervisor sees it: the peer writes a reflection
 * on an entry and each of the two marks it read. Entries come already read (and audited) by the view.
 */
final class LogPanel extends Div {

    private final SupervisionServices services;
    private final Texts texts;
    private final Viewer viewer;
    private final String peer;
    private final boolean peerSide;
    private final Paragraph message = Steps.message("log-message");
    private final Map<String, String> topicNames;
    private final Runnable back;

    LogPanel(SupervisionServices services, Texts texts, Viewer viewer, String peer, List<LogEntry> entries,
             Runnable back) {
        this.services = services;
        this.texts = texts;
        this.viewer = viewer;
        this.peer = peer;
        this.peerSide = viewer.personId().filter(peer::equals).isPresent();
        this.topicNames = services.topics().list().stream().collect(Collectors.toMap(Topics.Topic::code,
                t -> t.name(texts.locale())));
        this.back = back;
        setId("log-panel");
        fill(entries);
    }

    private void fill(List<LogEntry> entries) {
        removeAll();
        add(new H2(peerSide ? texts.get("log.my.title") : texts.get("log.title", services.name(peer))), message);
        entries.forEach(e -> add(entry(e)));
        if (entries.isEmpty()) {
            add(new Paragraph(texts.get("log.none")));
        }
        if (back != null) {
            add(Ui.actions(Ui.button("log-back", texts.get("back"), back)));
        }
    }

    private Div entry(LogEntry e) {
        String format = texts.get("format." + e.format().name().toLowerCase(Locale.ROOT));
        Div card = Ui.card("log-entry-" + e.id(), new H3(texts.get("log.entry", Ui.day(texts, e.metOn()), e.minutes(),
                format)));
        if (!e.topics().isEmpty()) {
            card.add(new Paragraph(texts.get("log.entry.topics", e.topics().stream()
                    .map(t -> topicNames.getOrDefault(t, t)).collect(Collectors.joining(", ")))));
        }
        if (!e.notes().isEmpty()) {
            card.add(new Paragraph(texts.get("log.entry.notes", e.notes())));
        }
        if (!e.nextSteps().isEmpty()) {
            card.add(new Paragraph(texts.get("log.entry.next", e.nextSteps())));
        }
        Paragraph reflection = new Paragraph(e.reflection().map(r -> texts.get("log.entry.reflection", r))
                .orElse(texts.get("log.entry.noreflection")));
        reflection.setId("log-reflection-text-" + e.id());
        Paragraph acks = new Paragraph(texts.get("log.entry.acks", yes(e.peerAck().isPresent()),
                yes(e.supervisorAck().isPresent())));
        acks.setId("log-acks-" + e.id());
        card.add(reflection, acks);
        if (peerSide) {
            card.add(reflect(e));
        }
        if (peerSide ? e.peerAck().isEmpty() : e.supervisorAck().isEmpty()) {
            card.add(Ui.row(Ui.button("log-ack-" + e.id(), texts.get("log.ack"), () -> act(
                    () -> services.log().acknowledge(viewer, e.id()), "log.acked"))));
        }
        return card;
    }

    private Div reflect(LogEntry e) {
        TextArea text = new TextArea(texts.get("log.reflection"));
        text.setId("log-reflection-" + e.id());
        text.setMaxLength(LogEntry.MAX_TEXT);
        text.setValue(e.reflection().orElse(""));
        text.setWidthFull();
        Div box = new Div(text, Ui.row(Ui.button("log-reflect-" + e.id(), texts.get("log.reflect"), () -> act(
                () -> services.log().reflect(viewer, e.id(), text.getValue()), "log.reflected"))));
        box.getStyle().set("max-width", "48rem");
        return box;
    }

    /** Runs a change, then reads the log again (audited like any read) and shows the result. */
    private void act(Runnable change, String done) {
        if (Steps.run(change, texts, message, SupervisionView.LOG, "Changing a log entry")) {
            Steps.attempt(() -> services.log().read(viewer, peer), texts, message, SupervisionView.LOG, "Reading a log")
                    .ifPresent(entries -> {
                        fill(entries);
                        message.setText(texts.get(done));
                    });
        }
    }

    private String yes(boolean yes) {
        return texts.get(yes ? "log.ack.yes" : "log.ack.no");
    }
}
