package org.hearth.coaching.impl;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Centers;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contacts and their short progress notes, in plain strengths-based words. Each contact records the center where it
 * was made, for that center's figures; the member's notes are read whole, wherever they were written. Thread-safe.
 */
@Component(service = ContactBook.class, immediate = true)
public class ContactBook {

    static final int DAYS_BACK = 92;
    private static final String COLUMNS = "id, member_id, coach_id, contact_day, how, minutes, note, next_step";

    private final Jdbi jdbi;
    private final String here;

    @Activate
    public ContactBook(@Reference CoachingDatabase database, @Reference Centers centers) {
        this(database, centers.here().id());
    }

    /** For tests: a single kiosk at the default center. */
    public ContactBook(CoachingDatabase database) {
        this(database, CenterRows.DEFAULT);
    }

    ContactBook(CoachingDatabase database, String here) {
        this.jdbi = database.jdbi();
        this.here = here;
    }

    long add(Contact c, LocalDate today) {
        if (c.day().isAfter(today) || c.day().isBefore(today.minusDays(DAYS_BACK))) {
            throw new Refusal("error.contact.date", DAYS_BACK);
        }
        if (c.minutes() < 1 || c.minutes() > 600) {
            throw new Refusal("error.contact.minutes");
        }
        if (c.note().isBlank() || c.note().length() > Contact.MAX_NOTE || c.nextStep().length() > Contact.MAX_STEP) {
            throw new Refusal("error.contact.note", Contact.MAX_NOTE);
        }
        PlainWords.check(c.note());
        PlainWords.check(c.nextStep());
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO coaching.contact (member_id, coach_id, contact_day, how,"
                        + " minutes, note, next_step, center_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, c.memberId()).bind(1, c.coachId()).bind(2, Date.valueOf(c.day())).bind(3, c.how().name())
                .bind(4, c.minutes()).bind(5, c.note().strip()).bind(6, c.nextStep().strip()).bind(7, here)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    /** The member's contacts, newest first. */
    List<Contact> ofMember(String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM coaching.contact WHERE member_id = ?"
                        + " ORDER BY contact_day DESC, id DESC").bind(0, memberId)
                .map((rs, ctx) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), ContactKind.valueOf(rs.getString(5)), rs.getInt(6),
                        rs.getString(7), rs.getString(8))).list());
    }

    Optional<LocalDate> last(String memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(contact_day) FROM coaching.contact WHERE member_id = ?")
                .bind(0, memberId).map((rs, ctx) -> Optional.ofNullable(rs.getDate(1)).map(Date::toLocalDate))
                .one());
    }
}
