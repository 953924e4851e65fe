package org.hearth.events.impl;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
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
 * {@code GET /calendar.ics}: the center's events from a month ago to half a year ahead, one VEVENT per
 * occurrence in UTC, written and validated by ical4j (RFC 5545). Titles, times, places, kinds, tags and
 * notices only: no names, no RSVPs, no counts, no organiser. {@code ?lang=es} for Spanish words.
 */
@Component(service = WebEndpoint.class, immediate = true)
public class IcsFeed implements WebEndpoint {

    static final int DAYS_BACK = 31;
    static final int DAYS_AHEAD = 183;
    private static final DateTimeFormatter UID_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Schedule schedule;

    @Activate
    public IcsFeed(@Reference Schedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public String path() {
        return "/calendar.ics";
    }

    @Override
    public void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = feed(MonthPage.language(request)).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"calendar.ics\"");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** The feed's text in the given language. */
    String feed(Locale locale) throws IOException {
        Texts texts = Texts.load(IcsFeed.class, EventsModule.TEXTS, locale);
        LocalDate today = schedule.today();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Hearth//Events calendar//" + texts.locale().getLanguage().toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (Occurrence o : schedule.between(today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD))) {
            calendar.add(event(o, texts));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (ValidationException e) {
            throw new IOException("The calendar did not validate: " + e.getClass().getSimpleName());
        }
        return out.toString();
    }

    private static VEvent event(Occurrence o, Texts texts) {
        String summary = o.cancelled() ? texts.get("card.cancelled.prefix", o.title()) : o.title();
        VEvent event = new VEvent(o.start().toInstant(), o.end().toInstant(), summary);
        event.add(new Uid("event-" + o.key().eventId() + "-" + UID_DAY.format(o.key().occursOn()) + "@hearth"));
        List<String> lines = new ArrayList<>();
        if (o.cancelled()) {
            lines.add(texts.get("card.cancelled") + o.notice().map(n -> ": " + n).orElse(""));
        }
        o.description().ifPresent(lines::add);
        lines.add(texts.get("note.free"));
        if (o.event().draft().childCare()) {
            lines.add(texts.get("flag.childcare"));
        }
        if (o.event().draft().transport()) {
            lines.add(texts.get("flag.transport"));
        }
        event.add(new Description(String.join("\n\n", lines)));
        o.place().ifPresent(place -> event.add(new Location(place)));
        List<String> categories = new ArrayList<>();
        categories.add(texts.get(Kinds.textKey(o.kind())));
        o.event().draft().tags().stream().sorted().map(t -> texts.get(t.textKey())).forEach(categories::add);
        event.add(new Categories(new TextList(categories)));
        event.add(new Status(o.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return event;
    }
}
