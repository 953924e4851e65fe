package org.hearth.signin.impl;

import org.hearth.api.Failures;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.hearth.api.ui.CountTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts for reports by day (last 14 days), week (last 12 weeks) or month (last 12 months). The screen
 * shows the real numbers; the CSV and JSON exports suppress counts of 1 to 10.
 */
final class CountsView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(CountsView.class);

    private final VisitCounts counts;
    private final Clock clock;
    private final Texts texts;
    private final Div table = new Div();
    private final Div exports = new Div();
    private final Paragraph message = new Paragraph();
    private VisitCounts.Grain grain = VisitCounts.Grain.DAY;

    CountsView(VisitCounts counts, Clock clock, ModuleContext context) {
        this.counts = counts;
        this.clock = clock;
        this.texts = context.texts(CountsView.class, SignInModule.TEXTS);
        addClassName("signin-counts");
        ChoiceButtons<VisitCounts.Grain> grains = new ChoiceButtons<>("counts-grain",
                List.of(VisitCounts.Grain.values()), g -> texts.get(g.textKey()), true);
        grains.onChange(() -> {
            grain = grains.value().orElse(VisitCounts.Grain.DAY);
            show();
        });
        table.setWidthFull();
        message.addClassName("form-message");
        add(new H1(texts.get("counts.title")), new Paragraph(texts.get("counts.note")), grains, exports, message, table);
        grains.choose(VisitCounts.Grain.DAY);
    }

    /** The first day of the periods shown for the current grain. */
    LocalDate from() {
        LocalDate today = LocalDate.now(clock);
        return switch (grain) {
            case DAY -> today.minusDays(13);
            case WEEK -> grain.start(today).minusWeeks(11);
            case MONTH -> grain.start(today).minusMonths(11);
        };
    }

    private void show() {
        table.removeAll();
        exports.removeAll();
        message.setText("");
        VisitCounts.Grain g = grain;
        LocalDate from = from();
        LocalDate to = LocalDate.now(clock);
        List<VisitCounts.Row> rows;
        try {
            rows = counts.count(g, from, to);
        } catch (RuntimeException e) {
            LOG.error("Counts could not be read: {}", Failures.describe(e));
            message.setText(texts.get("error.load"));
            return;
        }
        List<String> headings = Exports.countsHeadingKeys().stream().map(texts::get).toList();
        CountTable cards = new CountTable("counts-table", texts.get("counts.title"), headings.subList(1, headings.size()), 2);
        for (VisitCounts.Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(Long.toString(row.visits()), Long.toString(row.people()),
                    Long.toString(row.newMembers()), Long.toString(row.anonymous())));
            for (Purpose purpose : Purpose.values()) {
                cells.add(Long.toString(row.byPurpose().getOrDefault(purpose, 0L)));
            }
            cards.add(headings.get(0) + " " + row.start(), cells);
        }
        table.add(cards);
        String file = "visit-counts-" + grain.name().toLowerCase(java.util.Locale.ROOT) + "-" + from + "-to-" + to;
        exports.add(Downloads.link("counts-export-csv", texts.get("counts.export.csv"), file + ".csv", "text/csv",
                        () -> Exports.countsCsv(counts.count(g, from, to), headings)),
                Downloads.link("counts-export-json", texts.get("counts.export.json"), file + ".json",
                        "application/json", () -> Exports.countsJson(counts.count(g, from, to))));
    }
}
