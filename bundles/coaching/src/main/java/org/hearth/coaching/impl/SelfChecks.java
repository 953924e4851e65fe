package org.hearth.coaching.impl;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The member's optional recovery-capital self-check: the center's own {@link #QUESTIONS} statements, each answered
 * 1 (not at all) to 5 (very much), shown to the member as their own change over time and to nobody else.
 */
@Component(service = SelfChecks.class, immediate = true)
public class SelfChecks {

    static final int QUESTIONS = 10;

    /** One self-check: its day and its total (10 to 50). */
    record Taken(LocalDate on, int total) {
    }

    private final Jdbi jdbi;

    @Activate
    public SelfChecks(@Reference CoachingDatabase database) {
        this.jdbi = database.jdbi();
    }

    void record(String memberId, LocalDate today, List<Integer> answers) {
        if (answers.size() != QUESTIONS || answers.stream().anyMatch(a -> a == null || a < 1 || a > 5)) {
            throw new Refusal("error.check");
        }
        String kept = String.join("", answers.stream().map(String::valueOf).toList());
        int total = answers.stream().mapToInt(Integer::intValue).sum();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO coaching.self_check (member_id, taken_on, answers, total)"
                + " VALUES (?, ?, ?, ?)").bind(0, memberId).bind(1, Date.valueOf(today)).bind(2, kept).bind(3, total)
                .execute());
    }

    /** The member's self-checks, oldest first. */
    List<Taken> history(String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT taken_on, total FROM coaching.self_check WHERE member_id = ?"
                        + " ORDER BY taken_on, id").bind(0, memberId)
                .map((rs, ctx) -> new Taken(rs.getDate(1).toLocalDate(), rs.getInt(2))).list());
    }
}
