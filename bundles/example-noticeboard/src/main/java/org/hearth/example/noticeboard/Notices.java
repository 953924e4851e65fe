package org.hearth.example.noticeboard;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.api.KindOfSupport;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The center's notices: staff post and take them down, the board shows those not yet past their date. Thread-safe. */
@Component(service = Notices.class)
public class Notices {

    /** A notice as shown: a title, a few lines, the kind of support it is about (if any), the last day it is shown. */
    public record Notice(long id, String title, String words, Optional<KindOfSupport> kind, LocalDate until) {

        static final int MAX_TITLE = 80;
        static final int MAX_WORDS = 500;
    }

    private final Jdbi jdbi;
    private final Clock clock;

    @Activate
    public Notices(@Reference NoticeboardDatabase database, @Reference Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    /** Today's notices, those ending soonest first. */
    public List<Notice> current() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, title, words, kind, shown_until FROM noticeboard.notice"
                        + " WHERE shown_until >= ? ORDER BY shown_until, id")
                .bind(0, Date.valueOf(LocalDate.now(clock)))
                .map((rs, ctx) -> new Notice(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getString(4)).map(KindOfSupport::valueOf), rs.getDate(5).toLocalDate()))
                .list());
    }

    /**
     * Posts a notice; returns its id.
     *
     * @throws IllegalArgumentException without a title or words, when either is too long, or when the date has passed
     */
    public long post(String title, String words, Optional<KindOfSupport> kind, LocalDate until) {
        String t = title == null ? "" : title.strip();
        String w = words == null ? "" : words.strip();
        if (t.isEmpty() || w.isEmpty() || t.length() > Notice.MAX_TITLE || w.length() > Notice.MAX_WORDS
                || until == null || until.isBefore(LocalDate.now(clock))) {
            throw new IllegalArgumentException("refused");
        }
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO noticeboard.notice (title, words, kind, shown_until,"
                        + " posted_on) VALUES (?, ?, ?, ?, ?)")
                .bind(0, t).bind(1, w).bind(2, kind.map(Enum::name).orElse(null)).bind(3, Date.valueOf(until))
                .bind(4, Date.valueOf(LocalDate.now(clock)))
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    /** Takes a notice down before its date. */
    public void remove(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM noticeboard.notice WHERE id = ?").bind(0, id).execute());
    }
}
