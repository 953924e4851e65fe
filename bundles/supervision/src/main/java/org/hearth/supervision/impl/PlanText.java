package org.hearth.supervision.impl;

import java.util.Locale;
import java.util.stream.Collectors;
import org.hearth.api.Texts;

/** A plan's parts in words, for the screen and for the peer's own copy. Stateless. */
final class PlanText {

    private PlanText() {
    }

    /** One item as a line: the words of a step or support, a check-in's date, a return stage's date and duties. */
    static String line(Texts texts, PlanItem item) {
        return switch (item.kind()) {
            case STEP, SUPPORT -> item.text().orElse("");
            case CHECK_IN -> item.day().map(d -> Ui.day(texts, d)).orElse("")
                    + item.text().map(t -> " · " + t).orElse("");
            case RETURN -> {
                String day = item.day().map(d -> Ui.day(texts, d)).orElse("");
                String duties = duties(texts, item);
                yield item.text().map(t -> texts.get("plan.return.line.note", day, duties, t))
                        .orElse(texts.get("plan.return.line", day, duties));
            }
        };
    }

    static String duties(Texts texts, PlanItem item) {
        PlanItem.Duties duties = item.duties().orElse(PlanItem.Duties.ALL);
        String roles = DutyRoles.CODES.stream().filter(item.roles()::contains).map(c -> texts.get("role." + c))
                .collect(Collectors.joining(", "));
        return texts.get("duties." + duties.name().toLowerCase(Locale.ROOT), roles);
    }

    /** The whole plan as plain text, for the peer to keep. */
    static String export(Texts texts, Plan plan, String peerName) {
        StringBuilder out = new StringBuilder(texts.get("plan.export.title")).append(" · ").append(peerName)
                .append("\n").append(state(texts, plan)).append("\n");
        for (PlanItem.Kind kind : PlanItem.Kind.values()) {
            out.append("\n").append(texts.get(heading(kind))).append("\n");
            plan.items(kind).forEach(i -> out.append("- ").append(line(texts, i)).append("\n"));
        }
        return out.toString();
    }

    static String heading(PlanItem.Kind kind) {
        return switch (kind) {
            case STEP -> "plan.steps";
            case SUPPORT -> "plan.supports";
            case CHECK_IN -> "plan.checkins";
            case RETURN -> "plan.return";
        };
    }

    static String state(Texts texts, Plan plan) {
        return switch (plan.state()) {
            case PROPOSED -> texts.get("plan.state.proposed", Ui.day(texts, plan.proposedOn()));
            case OPEN -> texts.get("plan.state.open", Ui.day(texts, plan.openedOn().orElse(plan.proposedOn())));
            case CLOSED, ARCHIVED -> texts.get("plan.state.closed", plan.closedOn().map(d -> Ui.day(texts, d)).orElse(""));
        };
    }
}
