package org.hearth.events.impl;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.api.Texts;
import org.hearth.api.WebEndpoint;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /calendar/month}: the month's events as a plain page to print for the notice board (A4 or Letter,
 * landscape), {@code ?month=2026-11} and {@code ?lang=es}. Titles, times and places only: no personal data. Built
 * with jsoup, which escapes every text and attribute.
 */
@Component(service = WebEndpoint.class, immediate = true)
public class MonthPage implements WebEndpoint {

    private static final String STYLE = "@page{size:landscape;margin:10mm}body{font-family:sans-serif;margin:0 8px}"
            + "table{width:100%;border-collapse:collapse;table-layout:fixed}th,td{border:1px solid #444;"
            + "vertical-align:top;padding:4px;font-size:11pt}td{height:90px}.day{font-weight:bold}"
            + ".other{color:#999}.cancelled{text-decoration:line-through}.nav{margin:8px 0}"
            + "@media print{.nav{display:none}}";

    private final Schedule schedule;

    @Activate
    public MonthPage(@Reference Schedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public String path() {
        return "/calendar/month";
    }

    @Override
    public void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        YearMonth month = YearMonth.from(schedule.today());
        String asked = request.getParameter("month");
        if (asked != null) {
            try {
                YearMonth parsed = YearMonth.parse(asked.strip());
                if (Math.abs(parsed.getYear() - month.getYear()) <= 5) {
                    month = parsed;
                }
            } catch (DateTimeParseException e) {
                // an unreadable month shows this month
            }
        }
        byte[] body = page(month, language(request)).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html; charset=UTF-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Spanish for {@code ?lang=es}, else English. */
    static Locale language(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        return Texts.supported(lang == null ? Locale.ENGLISH : Locale.forLanguageTag(lang.strip()));
    }

    String page(YearMonth month, Locale locale) {
        Texts texts = Texts.load(MonthPage.class, EventsModule.TEXTS, locale);
        Locale language = texts.locale();
        String title = texts.get("month.title",
                month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language) + " " + month.getYear());
        Document document = Document.createShell("");
        document.prependChild(new DocumentType("html", "", ""));
        document.selectFirst("html").attr("lang", language.getLanguage());
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.head().appendElement("title").text(title);
        document.head().appendElement("style").appendChild(new DataNode(STYLE));
        Element body = document.body();
        body.appendElement("h1").text(title);
        body.appendElement("p").text(texts.get("note.free") + " " + texts.get("note.welcome"));
        navigation(body.appendElement("p").addClass("nav"), month, texts);
        Element table = body.appendElement("table");
        weekdayHeadings(table.appendElement("tr"), language);
        weeks(table, month, new DayCells(texts, byDay(month)));
        return document.outerHtml() + "\n";
    }

    private Map<LocalDate, List<Occurrence>> byDay(YearMonth month) {
        return schedule.between(month.atDay(1), month.atEndOfMonth()).stream()
                .collect(Collectors.groupingBy(o -> o.start().toLocalDate()));
    }

    /** Links to the previous and the next month, in the same language; not printed. */
    private static void navigation(Element nav, YearMonth month, Texts texts) {
        String lang = "&lang=" + texts.locale().getLanguage();
        nav.appendElement("a").attr("href", "?month=" + month.minusMonths(1) + lang).text(texts.get("month.previous"));
        nav.appendText(" \u00b7 ");
        nav.appendElement("a").attr("href", "?month=" + month.plusMonths(1) + lang).text(texts.get("month.next"));
    }

    private static void weekdayHeadings(Element row, Locale language) {
        for (int i = 0; i < 7; i++) {
            row.appendElement("th").text(DayOfWeek.MONDAY.plus(i).getDisplayName(TextStyle.FULL, language));
        }
    }

    /** Whole weeks, Monday to Sunday, from the one holding the 1st to the one holding the last day. */
    private static void weeks(Element table, YearMonth month, DayCells cells) {
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; monday.isBefore(last); monday = monday.plusWeeks(1)) {
            Element row = table.appendElement("tr");
            for (int i = 0; i < 7; i++) {
                LocalDate day = monday.plusDays(i);
                cells.fill(row.appendElement("td"), day, YearMonth.from(day).equals(month));
            }
        }
    }

    /** One day of the grid: its number and, in the shown month, its events with time, title and place. */
    private record DayCells(Texts texts, Map<LocalDate, List<Occurrence>> byDay) {

        void fill(Element cell, LocalDate day, boolean inMonth) {
            cell.appendElement("div").addClass("day").text(String.valueOf(day.getDayOfMonth()));
            if (!inMonth) {
                cell.addClass("other");
                return;
            }
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale());
            for (Occurrence o : byDay.getOrDefault(day, List.of())) {
                String line = time.format(o.start()) + " " + o.title() + o.place().map(p -> " \u00b7 " + p).orElse("")
                        + (o.cancelled() ? " (" + texts.get("card.cancelled") + ")" : "");
                Element event = cell.appendElement("div").text(line);
                if (o.cancelled()) {
                    event.addClass("cancelled");
                }
            }
        }
    }
}
