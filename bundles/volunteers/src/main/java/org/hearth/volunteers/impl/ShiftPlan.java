package org.hearth.volunteers.impl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.Centers;
import org.hearth.api.Failures;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The schedule: weekly templates, one-off shifts, closed days, and the shifts they make. A template's shifts are
 * made on demand for the days someone looks at, once (a shift changed for one date is never made again over).
 * A closed day gets no template shifts, and closing a day calls off the shifts already made for it. Everything here is
 * this host's center's: what it adds is recorded there, and it reads only that center's schedule.
 */
@Component(service = ShiftPlan.class, immediate = true)
public class ShiftPlan {

    static final int MAX_NOTE = 120;
    private final Jdbi jdbi;
    private final Clock clock;
    private final String here;

    @Activate
    public ShiftPlan(@Reference VolunteersDatabase database, @Reference Clock clock, @Reference Centers centers) {
        this(database, clock, centers.here().id());
    }

    /** For tests: a single kiosk at the default center. */
    public ShiftPlan(VolunteersDatabase database, Clock clock) {
        this(database, clock, CenterRows.DEFAULT);
    }

    /** The schedule of center {@code here}. */
    ShiftPlan(VolunteersDatabase database, Clock clock, String here) {
        this.jdbi = database.jdbi();
        this.clock = clock;
        this.here = here;
        CenterRows.adopt(jdbi, here);
    }

    /** The id of this host's center. */
    String center() {
        return here;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    Clock clock() {
        return clock;
    }

    /** Adds a weekly template; its shifts are made when first looked at. */
    long addWeekly(WeeklyShift w) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO volunteers.shift_template (role_code, place, weekday,"
                        + " start_time, end_time, min_people, wanted_people, max_people, from_day, until_day, center_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, w.roleCode()).bind(1, w.place().orElse(null)).bind(2, w.weekday().getValue())
                .bind(3, java.sql.Time.valueOf(w.start())).bind(4, java.sql.Time.valueOf(w.end()))
                .bind(5, w.people().min()).bind(6, w.people().wanted()).bind(7, w.people().max())
                .bind(8, Date.valueOf(w.from())).bind(9, w.until().map(Date::valueOf).orElse(null)).bind(10, here)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    /** Ends a template after {@code lastDay}: its later shifts nobody holds are removed, held ones stay. */
    void endWeekly(long templateId, LocalDate lastDay) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE volunteers.shift_template SET until_day = ? WHERE id = ?")
                    .bind(0, Date.valueOf(lastDay)).bind(1, templateId).execute();
            h.createUpdate("DELETE FROM volunteers.shift WHERE template_id = ? AND shift_day > ? AND NOT EXISTS"
                            + " (SELECT 1 FROM volunteers.assignment a WHERE a.shift_id = volunteers.shift.id)")
                    .bind(0, templateId).bind(1, Date.valueOf(lastDay)).execute();
        });
    }

    List<WeeklyShift> weekly() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, role_code, place, weekday, start_time, end_time, min_people,"
                        + " wanted_people, max_people, from_day, until_day FROM volunteers.shift_template"
                        + " WHERE center_id = ? AND active = TRUE ORDER BY weekday, start_time, id")
                .bind(0, here).map((rs, ctx) -> new WeeklyShift(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        java.time.DayOfWeek.of(rs.getInt(4)), rs.getTime(5).toLocalTime(), rs.getTime(6).toLocalTime(),
                        new Shift.People(rs.getInt(7), rs.getInt(8), rs.getInt(9)), rs.getDate(10).toLocalDate(),
                        Optional.ofNullable(rs.getDate(11)).map(Date::toLocalDate)))
                .list());
    }

    /** Closes the center on {@code day}: no template shifts, and the shifts already made are called off. */
    void closeDay(LocalDate day, Optional<String> note) {
        String text = note.map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
        if (text != null && text.length() > MAX_NOTE) {
            throw new IllegalArgumentException("error.note");
        }
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM volunteers.center_closed_day WHERE center_id = ? AND closed_on = ?")
                    .bind(0, here).bind(1, Date.valueOf(day)).execute();
            h.createUpdate("INSERT INTO volunteers.center_closed_day (center_id, closed_on, note) VALUES (?, ?, ?)")
                    .bind(0, here).bind(1, Date.valueOf(day)).bind(2, text).execute();
            h.createUpdate("UPDATE volunteers.shift SET cancelled = TRUE WHERE center_id = ? AND shift_day = ?")
                    .bind(0, here).bind(1, Date.valueOf(day)).execute();
        });
    }

    /** Opens a closed day again; template shifts are made for it when next looked at. */
    void reopenDay(LocalDate day) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM volunteers.center_closed_day WHERE center_id = ? AND closed_on = ?")
                    .bind(0, here).bind(1, Date.valueOf(day)).execute();
            h.createUpdate("DELETE FROM volunteers.shift WHERE center_id = ? AND shift_day = ? AND template_id IS NOT NULL"
                            + " AND NOT EXISTS (SELECT 1 FROM volunteers.assignment a WHERE a.shift_id = volunteers.shift.id)")
                    .bind(0, here).bind(1, Date.valueOf(day)).execute();
        });
    }

    Set<LocalDate> closedDays(LocalDate from, LocalDate to) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT closed_on FROM volunteers.center_closed_day"
                        + " WHERE center_id = ? AND closed_on BETWEEN ? AND ?").bind(0, here).bind(1, Date.valueOf(from))
                .bind(2, Date.valueOf(to))
                .map((rs, ctx) -> rs.getDate(1).toLocalDate()).list()));
    }

    /** Adds a one-off shift. */
    long addOneOff(String roleCode, Optional<String> place, LocalDateTime start, LocalDateTime end, Shift.People people) {
        check(place, start, end);
        return jdbi.withHandle(h -> insert(h, here, null, start.toLocalDate(), roleCode, place, start, end, people));
    }

    /** Changes one shift (one date of a series or a one-off); the rest of the series stays as it is. */
    void changeOne(long shiftId, Optional<String> place, LocalDateTime start, LocalDateTime end, Shift.People people) {
        check(place, start, end);
        jdbi.useHandle(h -> h.createUpdate("UPDATE volunteers.shift SET place = ?, starts_at = ?, ends_at = ?,"
                        + " min_people = ?, wanted_people = ?, max_people = ? WHERE id = ?")
                .bind(0, place.map(String::strip).orElse(null)).bind(1, Timestamp.valueOf(start))
                .bind(2, Timestamp.valueOf(end)).bind(3, people.min()).bind(4, people.wanted()).bind(5, people.max())
                .bind(6, shiftId).execute());
    }

    /** Calls off one shift, or puts it back on. */
    void cancelOne(long shiftId, boolean cancelled) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE volunteers.shift SET cancelled = ? WHERE id = ?")
                .bind(0, cancelled).bind(1, shiftId).execute());
    }

    /** Makes the template shifts of the days from {@code from} to {@code to} that are not made yet. */
    void ensureMade(LocalDate from, LocalDate to) {
        List<WeeklyShift> templates = weekly();
        if (templates.isEmpty()) {
            return;
        }
        Set<LocalDate> closed = closedDays(from, to);
        Set<String> made = new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT template_id, shift_day FROM"
                        + " volunteers.shift WHERE center_id = ? AND template_id IS NOT NULL AND shift_day BETWEEN ? AND ?")
                .bind(0, here).bind(1, Date.valueOf(from)).bind(2, Date.valueOf(to))
                .map((rs, ctx) -> rs.getLong(1) + "@" + rs.getDate(2).toLocalDate()).list()));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (WeeklyShift w : templates) {
                if (!closed.contains(day) && w.runsOn(day) && !made.contains(w.id() + "@" + day)) {
                    make(w, day);
                }
            }
        }
    }

    private void make(WeeklyShift w, LocalDate day) {
        try {
            jdbi.useHandle(h -> insert(h, here, w.id(), day, w.roleCode(), w.place(), w.startOn(day), w.endOn(day), w.people()));
        } catch (RuntimeException e) {
            if (!Failures.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    private static long insert(Handle h, String center, Long templateId, LocalDate day, String roleCode,
                               Optional<String> place, LocalDateTime start, LocalDateTime end, Shift.People people) {
        return h.createUpdate("INSERT INTO volunteers.shift (template_id, shift_day, role_code, place, starts_at, ends_at,"
                        + " min_people, wanted_people, max_people, center_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, templateId).bind(1, Date.valueOf(day)).bind(2, roleCode).bind(3, place.orElse(null))
                .bind(4, Timestamp.valueOf(start)).bind(5, Timestamp.valueOf(end)).bind(6, people.min())
                .bind(7, people.wanted()).bind(8, people.max()).bind(9, center)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    private static void check(Optional<String> place, LocalDateTime start, LocalDateTime end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("error.times.order");
        }
        if (java.time.Duration.between(start, end).toHours() >= 24) {
            throw new IllegalArgumentException("error.times.long");
        }
        if (place.map(p -> p.strip().length() > WeeklyShift.MAX_PLACE).orElse(false)) {
            throw new IllegalArgumentException("error.place");
        }
    }

    /** This center's shifts starting on the days from {@code from} to {@code to}, made from templates as needed. */
    List<Staffing> staffing(LocalDate from, LocalDate to) {
        ensureMade(from, to);
        return jdbi.withHandle(h -> ShiftRows.staffing(h, "s.center_id = ? AND s.shift_day BETWEEN ? AND ?", here,
                Date.valueOf(from), Date.valueOf(to)));
    }

    Optional<Staffing> staffing(long shiftId) {
        return jdbi.withHandle(h -> ShiftRows.staffing(h, "s.id = ?", shiftId)).stream().findFirst();
    }
}
