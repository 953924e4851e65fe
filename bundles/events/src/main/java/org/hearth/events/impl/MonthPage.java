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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /calendar/month}: the month's events as a plain page to print for the notice board (A4 or Letter,
 * landscape), {@code ?month=2026-11} and {@code ?lang=es}. Titles, times and places only: no personal data.
 */
@Component(service = WebEndpoint.class, immediate = true)
public class MonthPage implements WebEndpoint {

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
        Map<LocalDate, List<Occurrence>> byDay = schedule.between(month.atDay(1), month.atEndOfMonth()).stream()
                .collect(Collectors.groupingBy(o -> o.start().toLocalDate()));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language);
        String title = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language) + " " + month.getYear();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(texts.get("month.title", title)))
                .append("</title><style>@page{size:landscape;margin:10mm}body{font-family:sans-serif;margin:0 8px}"
                        + "table{width:100%;border-collapse:collapse;table-layout:fixed}th,td{border:1px solid #444;"
                        + "vertical-align:top;padding:4px;font-size:11pt}td{height:90px}.day{font-weight:bold}"
                        + ".other{color:#999}.cancelled{text-decoration:line-through}.nav{margin:8px 0}"
                        + "@media print{.nav{display:none}}</style></head><body>\n<h1>")
                .append(escape(texts.get("month.title", title))).append("</h1>\n<p>")
                .append(escape(texts.get("note.free"))).append(' ').append(escape(texts.get("note.welcome")))
                .append("</p>\n<p class=\"nav\"><a href=\"?month=").append(month.minusMonths(1)).append("&amp;lang=")
                .append(language.getLanguage()).append("\">").append(escape(texts.get("month.previous")))
                .append("</a> &middot; <a href=\"?month=").append(month.plusMonths(1)).append("&amp;lang=")
                .append(language.getLanguage()).append("\">").append(escape(texts.get("month.next"))).append("</a></p>\n<table><tr>");
        for (int i = 0; i < 7; i++) {
            html.append("<th>").append(escape(DayOfWeek.MONDAY.plus(i).getDisplayName(TextStyle.FULL, language))).append("</th>");
        }
        html.append("</tr>\n");
        LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                html.append("<tr>");
            }
            boolean inMonth = YearMonth.from(day).equals(month);
            html.append("<td").append(inMonth ? "" : " class=\"other\"").append("><div class=\"day\">")
                    .append(day.getDayOfMonth()).append("</div>");
            for (Occurrence o : inMonth ? byDay.getOrDefault(day, List.of()) : List.<Occurrence>of()) {
                html.append("<div").append(o.cancelled() ? " class=\"cancelled\"" : "").append('>')
                        .append(escape(time.format(o.start()))).append(' ').append(escape(o.title()))
                        .append(o.place().map(p -> " &middot; " + escape(p)).orElse(""))
                        .append(o.cancelled() ? " (" + escape(texts.get("card.cancelled")) + ")" : "").append("</div>");
            }
            html.append("</td>");
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                html.append("</tr>\n");
            }
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
