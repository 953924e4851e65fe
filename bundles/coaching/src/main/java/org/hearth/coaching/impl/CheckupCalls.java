package org.hearth.coaching.impl;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Recovery check-up calls for volunteers with outreach calls: members who asked for calls and were not called in
 * the last {@link #EVERY_DAYS} days, and the outcome in a few words. Nothing of plans or notes is here.
 */
@Component(service = CheckupCalls.class, immediate = true)
public class CheckupCalls {

    static final int EVERY_DAYS = 14;

    /** A member to call, and when they were last called. */
    record ToCall(String memberId, Optional<LocalDate> lastCall) {
    }

    private final Jdbi jdbi;
    private final Pairings pairings;

    @Activate
    public CheckupCalls(@Reference CoachingDatabase database, @Reference Pairings pairings) {
        this.jdbi = database.jdbi();
        this.pairings = pairings;
    }

    List<ToCall> due(LocalDate today) {
        Map<String, ToCall> calls = new LinkedHashMap<>();
        for (Pairing p : pairings.wantingCalls()) {
            calls.computeIfAbsent(p.memberId(), m -> new ToCall(m, last(m)));
        }
        return calls.values().stream().filter(c -> c.lastCall().map(d -> d.isBefore(today.minusDays(EVERY_DAYS)))
                .orElse(true)).toList();
    }

    void record(String memberId, String callerId, LocalDate today, boolean reached, String outcome) {
        if (outcome == null || outcome.length() > 300) {
            throw new Refusal("error.call.outcome");
        }
        if (pairings.wantingCalls().stream().noneMatch(p -> p.memberId().equals(memberId))) {
            throw new Refusal("error.access");
        }
        PlainWords.check(outcome);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO coaching.checkup_call (member_id, called_by, call_day, reached,"
                        + " outcome) VALUES (?, ?, ?, ?, ?)").bind(0, memberId).bind(1, callerId)
                .bind(2, Date.valueOf(today)).bind(3, reached).bind(4, outcome.strip()).execute());
    }

    private Optional<LocalDate> last(String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(call_day) FROM coaching.checkup_call WHERE member_id = ?")
                .bind(0, memberId).map((rs, ctx) -> Optional.ofNullable(rs.getDate(1)).map(Date::toLocalDate)).one());
    }
}
