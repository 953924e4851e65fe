package org.hearth.volunteers.impl;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.hearth.api.Texts;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * A volunteer's printable statement for one calendar year: their approved hours, every stipend entry, and their
 * balances. Their chosen name and last initial only, nothing about anyone else (who recorded an entry is left
 * out). Built with jsoup, which escapes every text.
 */
final class StatementPage {

    private static final String STYLE = "body{font-family:sans-serif;margin:12px;font-size:12pt}"
            + "table{width:100%;border-collapse:collapse;margin-bottom:12px}th,td{border:1px solid #444;padding:4px;"
            + "text-align:left}td.n{text-align:right}@page{margin:12mm}";

    private StatementPage() {
    }

    /** The statement as a whole HTML page. */
    static String html(StipendServices services, Texts texts, String personId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        String name = services.name(Optional.of(personId), texts.get("name.gone"));
        String title = texts.get("statement.title", String.valueOf(year));
        Document document = Document.createShell("");
        document.prependChild(new DocumentType("html", "", ""));
        document.selectFirst("html").attr("lang", texts.locale().getLanguage());
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.head().appendElement("title").text(title);
        document.head().appendElement("style").appendChild(new DataNode(STYLE));
        Element body = document.body();
        body.appendElement("h1").text(title);
        body.appendElement("p").attr("dir", "auto").text(name);
        body.appendElement("p").text(texts.get("statement.printed", date(texts, services.ledger().today())));
        LongFunction<String> money = c -> Money.shown(c, texts.locale());
        hours(body, texts, services, services.hours().approved(personId, first, last));
        stipends(body, texts, services, services.ledger().entries(personId, first, last), money);
        StipendLedger.Balance balance = services.ledger().balance(personId);
        body.appendElement("h2").text(texts.get("statement.balances"));
        body.appendElement("p").text(texts.get("stipends.balance", money.apply(balance.accrued()),
                money.apply(balance.approvedUnpaid()), money.apply(balance.paidThisYear())));
        body.appendElement("p").text(texts.get("statement.note"));
        return document.outerHtml() + "\n";
    }

    private static void hours(Element body, Texts texts, StipendServices services, List<TimeEntry> entries) {
        body.appendElement("h2").text(texts.get("statement.hours"));
        Element table = body.appendElement("table").id("statement-hours");
        Element head = table.appendElement("tr");
        head.appendElement("th").text(texts.get("csv.date"));
        head.appendElement("th").text(texts.get("csv.role"));
        head.appendElement("th").text(texts.get("csv.hours"));
        int minutes = 0;
        for (TimeEntry entry : entries) {
            Element row = table.appendElement("tr");
            row.appendElement("td").text(date(texts, entry.checkedIn().toLocalDate()));
            row.appendElement("td").text(services.roleName(entry.roleCode(), texts.locale()));
            row.appendElement("td").addClass("n").text(Money.hours(entry.minutes().orElse(0)));
            minutes += entry.minutes().orElse(0);
        }
        body.appendElement("p").text(texts.get("statement.hours.total", Money.hours(minutes)));
    }

    private static void stipends(Element body, Texts texts, StipendServices services, List<LedgerEntry> entries,
                                 LongFunction<String> money) {
        body.appendElement("h2").text(texts.get("statement.stipends"));
        Element table = body.appendElement("table").id("statement-stipends");
        Element head = table.appendElement("tr");
        for (String key : List.of("csv.date", "csv.entry", "csv.amount", "statement.details")) {
            head.appendElement("th").text(texts.get(key));
        }
        for (LedgerEntry e : entries) {
            Element row = table.appendElement("tr");
            row.appendElement("td").text(date(texts, e.day()));
            row.appendElement("td").text(texts.get(e.kind().textKey()));
            row.appendElement("td").addClass("n").text(money.apply(e.cents()));
            row.appendElement("td").attr("dir", "auto").text(details(texts, services, e));
        }
    }

    /** One entry in a line, for screens: date, what, amount and details. */
    static String describe(Texts texts, StipendServices services, LedgerEntry e, LongFunction<String> money) {
        String details = details(texts, services, e);
        return date(texts, e.day()) + " \u00b7 " + texts.get(e.kind().textKey()) + " \u00b7 " + money.apply(e.cents())
                + (details.isEmpty() ? "" : " \u00b7 " + details);
    }

    /** An accrual's role and hours, a payment's method, an adjustment's reason. */
    static String details(Texts texts, StipendServices services, LedgerEntry e) {
        return switch (e.kind()) {
            case ACCRUAL -> e.roleCode().map(r -> services.roleName(r, texts.locale())).orElse("")
                    + e.minutes().map(m -> " (" + texts.get("statement.hours.of", Money.hours(m)) + ")").orElse("");
            case PAYMENT -> e.method().map(m -> texts.get(m.textKey())).orElse("");
            case ADJUSTMENT -> e.reason().orElse("");
            case APPROVAL -> "";
        };
    }

    static String date(Texts texts, LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale()).format(day);
    }
}
