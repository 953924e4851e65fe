package org.hearth.signin.impl;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Person;
import org.hearth.api.Texts;

/**
 * A member's own record as a CSV file they can read, at their wish: every field under the words the staff screen
 * uses, values in words (how they want to be known, why they came), times in the center's time, all in the
 * language of the staff member exporting it. The JSON export keeps the machine codes.
 */
final class MemberRecordCsv {

    private MemberRecordCsv() {
    }

    static String of(Texts texts, ZoneId zone, Person person, Optional<MemberInfo> info, List<Visit> visits) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale()).withZone(zone);
        List<List<String>> rows = new ArrayList<>();
        row(rows, texts, "export.id", person.id());
        row(rows, texts, "export.name", person.chosenName());
        row(rows, texts, "export.initial", person.lastInitial().orElse(""));
        row(rows, texts, "member.language", person.preferredLanguage().flatMap(Language::of).map(Language::label)
                .orElse(person.preferredLanguage().orElse("")));
        row(rows, texts, "member.keytag", person.keyTag().orElse(""));
        row(rows, texts, "member.registered", time.format(person.registeredAt()));
        row(rows, texts, "member.tier", info.map(i -> texts.get(i.tier().textKey())).orElse(""));
        row(rows, texts, "member.heard", info.flatMap(MemberInfo::howHeard).map(h -> texts.get(h.textKey())).orElse(""));
        row(rows, texts, "member.contact", info.flatMap(MemberInfo::contact).orElse(""));
        for (Visit visit : visits) {
            rows.add(List.of(texts.get("export.visit"), time.format(visit.visitedAt()),
                    String.join(", ", visit.purposes().stream().map(p -> texts.get(p.textKey())).toList()),
                    visit.signedOutAt().map(t -> texts.get("export.left", time.format(t)))
                            .orElse("")));
        }
        return Exports.csv(List.of(texts.get("export.field"), texts.get("export.value")), rows);
    }

    private static void row(List<List<String>> rows, Texts texts, String key, String value) {
        rows.add(List.of(texts.get(key), value));
    }
}
