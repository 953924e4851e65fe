package org.hearth.supervision.impl;

import java.time.LocalDate;
import java.util.Comparator;
import org.hearth.api.SchedulingLimit;

/** The rules of a plan's parts and what an open plan tells the scheduler. Stateless. */
final class PlanChecks {

    private PlanChecks() {
    }

    /** Refuses an item that is not whole: a step or support without words, a date missing, roles unknown. */
    static void check(PlanItem item, LocalDate today) {
        String text = item.text().map(SupervisionLog::text).orElse(null);
        if (text != null && text.length() > PlanItem.MAX_TEXT) {
            throw new Refusal("error.plan.long");
        }
        switch (item.kind()) {
            case STEP, SUPPORT -> {
                if (text == null) {
                    throw new Refusal("error.plan.text");
                }
            }
            case CHECK_IN -> item.day().orElseThrow(() -> new Refusal("error.plan.day"));
            case RETURN -> {
                item.day().orElseThrow(() -> new Refusal("error.plan.day"));
                PlanItem.Duties duties = item.duties().orElseThrow(() -> new Refusal("error.plan.duties"));
                if (duties == PlanItem.Duties.ONLY && (item.roles().isEmpty()
                        || !DutyRoles.CODES.containsAll(item.roles()))) {
                    throw new Refusal("error.plan.roles");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * The limit of an open plan today: the latest stage of the return to duties that the peer agreed to and that has
     * begun (no stage yet: no limit, for nothing here suspends anyone by itself).
     */
    static SchedulingLimit limit(Plan plan, LocalDate today) {
        return plan.items(PlanItem.Kind.RETURN).stream()
                .filter(i -> i.peerAgreed() && i.day().isPresent() && !i.day().get().isAfter(today))
                .max(Comparator.comparing((PlanItem i) -> i.day().get()).thenComparing(PlanItem::id))
                .map(i -> switch (i.duties().orElse(PlanItem.Duties.ALL)) {
                    case NOT_NOW -> SchedulingLimit.NOT_NOW;
                    case ONLY -> SchedulingLimit.only(i.roles());
                    case ALL -> SchedulingLimit.NONE;
                })
                .orElse(SchedulingLimit.NONE);
    }
}
