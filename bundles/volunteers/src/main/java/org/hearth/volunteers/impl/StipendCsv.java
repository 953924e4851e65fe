package org.hearth.volunteers.impl;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hearth.api.Texts;

/**
 * The bookkeeper's files for a pay period (days from–to, by each entry's day): every ledger entry, or totals per
 * volunteer. Headings and kinds in the viewer's language; a person is their chosen name and last initial only;
 * dates ISO ({@code 2026-11-25}), amounts plain ({@code 41.67}). A text cell a spreadsheet would run as a formula
 * gets a leading apostrophe.
 */
final class StipendCsv {

    static final List<String> ENTRY_HEADINGS = List.of("csv.date", "csv.volunteer", "csv.entry", "csv.role",
            "csv.hours", "csv.amount", "csv.method", "csv.reason");
    static final List<String> TOTAL_HEADINGS = List.of("csv.volunteer", "csv.hours", "kind.accrual",
            "kind.adjustment", "kind.approval", "kind.payment");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private StipendCsv() {
    }

    /** One row per ledger entry over the days, in order. */
    static String entries(StipendServices services, Texts texts, LocalDate from, LocalDate to) {
        String gone = texts.get("name.gone");
        List<List<String>> rows = new ArrayList<>();
        for (LedgerEntry e : services.ledger().entries(from, to)) {
            rows.add(List.of(e.day().toString(), services.name(e.personId(), gone), texts.get(e.kind().textKey()),
                    e.roleCode().map(r -> services.roleName(r, texts.locale())).orElse(""),
                    e.minutes().map(Money::hours).orElse(""), Money.plain(e.cents()),
                    e.method().map(m -> texts.get(m.textKey())).orElse(""), e.reason().orElse("")));
        }
        return csv(texts, ENTRY_HEADINGS, rows);
    }

    /** One row per person with entries over the days: approved hours, and each kind's sum. */
    static String totals(StipendServices services, Texts texts, LocalDate from, LocalDate to) {
        String gone = texts.get("name.gone");
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (LedgerEntry e : services.ledger().entries(from, to)) {
            String key = e.personId().orElse("");
            names.computeIfAbsent(key, k -> services.name(e.personId(), gone));
            long[] sum = sums.computeIfAbsent(key, k -> new long[5]);
            sum[0] += e.minutes().orElse(0);
            sum[1 + e.kind().ordinal()] += e.cents();
        }
        List<List<String>> rows = new ArrayList<>();
        sums.forEach((key, sum) -> rows.add(List.of(names.get(key), Money.hours((int) sum[0]), Money.plain(sum[1]),
                Money.plain(sum[2]), Money.plain(sum[3]), Money.plain(sum[4]))));
        rows.sort(java.util.Comparator.comparing(row -> row.get(0)));
        return csv(texts, TOTAL_HEADINGS, rows);
    }

    /** The file name for a period: {@code stipends-2026-11-01-2026-11-30.csv}. */
    static String fileName(String kind, LocalDate from, LocalDate to) {
        return "stipends-" + kind + "-" + from + "-" + to + ".csv";
    }

    private static String csv(Texts texts, List<String> headingKeys, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        String[] headings = headingKeys.stream().map(texts::get).map(StipendCsv::defused).toArray(String[]::new);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(headings).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(StipendCsv::defused).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A text cell a spreadsheet would read as a formula gets a leading apostrophe; plain numbers stay numbers. */
    static String defused(String cell) {
        if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
