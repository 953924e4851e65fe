package org.hearth.signin.impl;

import org.hearth.api.Suppression;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hearth.api.Person;
import tools.jackson.databind.json.JsonMapper;

/**
 * What leaves the kiosk as a file: counts for reports (small counts suppressed, see {@link Suppression}) and
 * a member's own record, at their wish (all of it, nothing suppressed: it is theirs; its CSV, in words, is
 * {@link MemberRecordCsv}). CSV cells that a
 * spreadsheet would run as a formula are defused. JSON is written by Jackson, so escaping is never hand-made.
 */
final class Exports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Exports() {
    }

    /** Counts as CSV, one row per period; column headings in the viewer's language. */
    static String countsCsv(List<VisitCounts.Row> rows, List<String> headings) {
        List<List<String>> records = new ArrayList<>();
        for (VisitCounts.Row row : rows) {
            List<String> record = new ArrayList<>(List.of(row.start().toString(), Suppression.exported(row.visits()),
                    Suppression.exported(row.people()), Suppression.exported(row.newMembers()),
                    Suppression.exported(row.anonymous())));
            for (Purpose purpose : Purpose.values()) {
                record.add(Suppression.exported(row.byPurpose().getOrDefault(purpose, 0L)));
            }
            records.add(record);
        }
        return csv(headings, records);
    }

    /** The column headings' translation keys for {@link #countsCsv}, in order. */
    static List<String> countsHeadingKeys() {
        List<String> keys = new ArrayList<>(List.of("counts.period", "counts.visits", "counts.people",
                "counts.new", "counts.anonymous"));
        for (Purpose purpose : Purpose.values()) {
            keys.add(purpose.textKey());
        }
        return keys;
    }

    /** Counts as JSON: suppressed counts are the string {@code "<11"}, others numbers. */
    static String countsJson(List<VisitCounts.Row> rows) {
        List<Object> periods = new ArrayList<>();
        for (VisitCounts.Row row : rows) {
            Map<String, Object> period = new LinkedHashMap<>();
            period.put("start", row.start().toString());
            period.put("visits", suppressed(row.visits()));
            period.put("unduplicatedPeople", suppressed(row.people()));
            period.put("newMembers", suppressed(row.newMembers()));
            period.put("anonymousVisits", suppressed(row.anonymous()));
            Map<String, Object> byPurpose = new LinkedHashMap<>();
            for (Purpose purpose : Purpose.values()) {
                byPurpose.put(purpose.name(), suppressed(row.byPurpose().getOrDefault(purpose, 0L)));
            }
            period.put("visitsByPurpose", byPurpose);
            periods.add(period);
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("suppressedBelow", Suppression.THRESHOLD + 1);
        counts.put("periods", periods);
        return JSON.writeValueAsString(counts);
    }

    /** A member's own record as JSON. */
    static String memberJson(Person person, Optional<MemberInfo> info, List<Visit> visits) {
        Map<String, Object> record = new LinkedHashMap<>(memberFields(person, info));
        List<Object> list = new ArrayList<>();
        for (Visit visit : visits) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("at", visit.visitedAt().toString());
            v.put("purposes", visit.purposes().stream().map(Enum::name).toList());
            visit.reference().ifPresent(r -> v.put("reference", r));
            visit.signedOutAt().ifPresent(t -> v.put("signedOutAt", t.toString()));
            list.add(v);
        }
        record.put("visits", list);
        return JSON.writeValueAsString(record);
    }

    private static Map<String, Object> memberFields(Person person, Optional<MemberInfo> info) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", person.id());
        fields.put("chosenName", person.chosenName());
        fields.put("lastInitial", person.lastInitial().orElse(""));
        fields.put("preferredLanguage", person.preferredLanguage().orElse(""));
        fields.put("keyTag", person.keyTag().orElse(""));
        fields.put("registeredAt", person.registeredAt().toString());
        fields.put("howKnown", info.map(i -> i.tier().name()).orElse(""));
        fields.put("howHeard", info.flatMap(MemberInfo::howHeard).map(Enum::name).orElse(""));
        fields.put("contact", info.flatMap(MemberInfo::contact).orElse(""));
        return fields;
    }

    private static Object suppressed(long count) {
        return Suppression.suppressed(count) ? Suppression.SMALL : (Object) count;
    }

    /** CSV with these headings and rows, every cell defused. */
    static String csv(List<String> headings, List<List<String>> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(headings.stream().map(Exports::defused).toArray(String[]::new)).get())) {
            for (List<String> record : records) {
                printer.printRecord(record.stream().map(Exports::defused).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would read as a formula gets a leading apostrophe. */
    static String defused(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
