package org.hearth.volunteers.impl;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.hearth.api.Texts;
import org.hearth.api.WebEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /volunteers/calendar.ics?key=…}: one volunteer's own shifts, from a month ago to three months ahead,
 * written and validated by ical4j, so a phone's calendar shows them. Only the key's owner's shifts: role, place
 * and times; never another person. An unknown or revoked key gets 404, the same as a wrong path.
 */
@Component(service = WebEndpoint.class, immediate = true)
public class CalendarFeed implements WebEndpoint {

    static final int DAYS_BACK = 31;
    static final int DAYS_AHEAD = 92;

    private final CalendarLinks links;
    private final ShiftBook book;
    private final RoleList roles;
    private final ShiftPlan plan;

    @Activate
    public CalendarFeed(@Reference CalendarLinks links, @Reference ShiftBook book, @Reference RoleList roles,
                        @Reference ShiftPlan plan) {
        this.links = links;
        this.book = book;
        this.roles = roles;
        this.plan = plan;
    }

    @Override
    public String path() {
        return CalendarLinks.PATH;
    }

    @Override
    public void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> owner = links.owner(request.getParameter("key"));
        if (owner.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = "es".equals(request.getParameter("lang")) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
        byte[] body = feed(owner.get(), locale).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** The person's shifts as iCalendar text. */
    String feed(String personId, Locale locale) throws IOException {
        Texts texts = Texts.load(CalendarFeed.class, VolunteersModule.TEXTS, locale);
        Map<String, ShiftRole> byCode = roles.byCode();
        ZoneId zone = plan.clock().getZone();
        LocalDate today = plan.today();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Hearth//My shifts//" + texts.locale().getLanguage().toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (Staffing s : book.heldEverywhere(personId, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD))) {
            Shift shift = s.shift();
            ShiftRole role = byCode.get(shift.roleCode());
            String name = role == null ? shift.roleCode() : role.name(texts.locale());
            VEvent event = new VEvent(shift.start().atZone(zone).toInstant(), shift.end().atZone(zone).toInstant(),
                    texts.get("feed.summary", name));
            event.add(new Uid("shift-" + shift.id() + "@hearth"));
            shift.place().ifPresent(p -> event.add(new Location(p)));
            event.add(new Status(shift.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (ValidationException e) {
            throw new IOException("The calendar did not validate: " + e.getClass().getSimpleName());
        }
        return out.toString();
    }
}
