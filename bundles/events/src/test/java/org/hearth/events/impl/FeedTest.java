package org.hearth.events.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.hearth.api.Person;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class FeedTest {

    private final EventsFixture f = new EventsFixture();

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theFeedIsValidICalendarWithTheEventsAndNoPersonalData() throws Exception {
        Person dana = f.people.register("Dana", Optional.of("Q"), Optional.empty());
        Person member = f.people.register("Zephyrine", Optional.empty(), Optional.empty());
        EventDraft d = EventsFixture.draft("Game night", LocalDateTime.of(2026, 11, 25, 18, 0), Optional.of(10),
                new Recurrence(Recurrence.Repeat.WEEKLY, 1, Optional.empty(), Optional.of(3)));
        long id = f.store.create(new EventDraft(d.title(), d.description(), d.place(), d.kind(), d.tags(), d.childCare(),
                d.transport(), d.capacity(), Optional.of(dana.id()), d.start(), d.end(), d.recurrence()));
        OccurrenceKey first = new OccurrenceKey(id, LocalDate.of(2026, 11, 25));
        f.rsvps.reserve(f.schedule.find(first).orElseThrow(), Optional.of(member.id()), 2);
        f.attendance.mark(first, member.id(), true);
        f.store.change(new OccurrenceChange(new OccurrenceKey(id, LocalDate.of(2026, 12, 2)), false, true,
                Optional.of("Room closed"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        String ics = new IcsFeed(f.schedule).feed(Locale.ENGLISH);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Game night");
        assertThat(events.get(0).getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261126T000000Z");
        assertThat(events.get(0).getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("alcohol- and drug-free").contains("Child care available");
        assertThat(events.get(1).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(events.get(1).getSummary().getValue()).isEqualTo("Cancelled: Game night");
        assertThat(ics).doesNotContain("Dana", dana.id(), "Zephyrine", member.id(), "ORGANIZER", "ATTENDEE");
        assertThat(new IcsFeed(f.schedule).feed(Locale.forLanguageTag("es"))).contains("sin alcohol ni drogas");
    }

    @Test
    void thePrintableMonthShowsTitlesOnlyEscaped() {
        Person member = f.people.register("Zephyrine", Optional.empty(), Optional.empty());
        long id = f.store.create(EventsFixture.draft("Art <night> & music", LocalDateTime.of(2026, 11, 27, 18, 0),
                Optional.empty(), Recurrence.ONCE));
        f.rsvps.reserve(f.schedule.find(new OccurrenceKey(id, LocalDate.of(2026, 11, 27))).orElseThrow(),
                Optional.of(member.id()), 1);
        String html = new MonthPage(f.schedule).page(YearMonth.of(2026, 11), Locale.ENGLISH);
        assertThat(html).contains("Art &lt;night&gt; &amp; music").contains("November 2026").contains("alcohol- and drug-free")
                .doesNotContain("Zephyrine", member.id());
        assertThat(new MonthPage(f.schedule).page(YearMonth.of(2026, 11), Locale.forLanguageTag("es"))).contains("noviembre");
    }

    @Test
    void aHostileTitleIsPrintedAsTextAndTheMonthKeepsItsShape() {
        String hostile = "<script>alert(\"hi\")</script> Tom & Jerry's \"night\" </div></td></table>";
        f.store.create(EventsFixture.draft(hostile, LocalDateTime.of(2026, 11, 27, 18, 0), Optional.empty(),
                Recurrence.ONCE));

        String html = new MonthPage(f.schedule).page(YearMonth.of(2026, 11), Locale.ENGLISH);
        Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script", "</table></table>").contains("&lt;script&gt;", "Tom &amp; Jerry");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Events: November 2026");
        assertThat(page.select("table")).hasSize(1);
        assertThat(page.select("th")).hasSize(7);
        assertThat(page.select("th").first().text()).isEqualTo("Monday");
        assertThat(page.select("tr")).hasSize(1 + 6).allSatisfy(row -> assertThat(row.children()).hasSize(7));
        assertThat(page.select("td.other")).hasSize(42 - 30);
        Element friday27 = page.select("td:not(.other)").get(26);
        assertThat(friday27.select("div.day").text()).isEqualTo("27");
        assertThat(friday27.select("div:not(.day)")).singleElement()
                .satisfies(event -> assertThat(event.text()).isEqualTo("6:00\u202fPM " + hostile + " \u00b7 Main room"));
        assertThat(page.select("p.nav a").eachAttr("href")).containsExactly("?month=2026-10&lang=en", "?month=2026-12&lang=en");
    }
}
