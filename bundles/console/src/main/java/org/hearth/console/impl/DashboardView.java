package org.hearth.console.impl;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearth.api.KindOfSupport;
import org.hearth.api.Measure;
import org.hearth.api.Texts;
import org.hearth.api.ui.CountTable;
import org.hearth.api.ui.StepHeading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard: every measure today, this week and this month, grouped by feature, then a chosen measure's last
 * twelve months as a line and this month by kind of support as bars, each chart also written out as numbers.
 */
class DashboardView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardView.class);

    private final Texts texts;
    private final Locale locale;
    private final Div body = new Div();
    private final Div charts = new Div();
    private Figures figures;

    DashboardView(Figures all, Texts texts) {
        this.texts = texts;
        this.locale = texts.locale();
        addClassName("console-dashboard");
        setPadding(false);
        body.setWidthFull();
        add(StepHeading.focus(new H1(texts.get("dashboard.title"))), new Paragraph(texts.get("dashboard.intro")));
        List<Scopes.Option> options = all.scopes().options(texts);
        if (options.size() > 1) {
            add(Scopes.select("dashboard-scope", options, texts, o -> show(all.in(o.scope()))));
        }
        add(body);
        show(all.in(options.get(0).scope()));
    }

    /** The figures of the chosen center or the network, or a kind word when the board cannot be read. */
    private void show(Figures chosen) {
        figures = chosen;
        body.removeAll();
        try {
            if (chosen.partial(locale)) {
                body.add(Scopes.partial("dashboard-partial", texts));
            }
            showGlance();
        } catch (RuntimeException e) {
            LOG.warn("The dashboard could not read the count board: {}", e.getClass().getName());
            Paragraph error = new Paragraph(texts.get("dashboard.error"));
            error.setId("dashboard-error");
            body.add(error);
        }
    }

    private void showGlance() {
        Map<String, List<Figures.Glance>> glance = figures.glance(locale);
        if (glance.isEmpty()) {
            Paragraph none = new Paragraph(texts.get("dashboard.none"));
            none.setId("dashboard-none");
            body.add(none);
            return;
        }
        glance.forEach((feature, rows) -> body.add(new H2(featureName(feature)), glanceTable(feature, rows)));
        List<Measure> measures = glance.values().stream().flatMap(List::stream).map(Figures.Glance::measure).toList();
        body.add(measureChoice(measures), charts);
    }

    private CountTable glanceTable(String feature, List<Figures.Glance> rows) {
        CountTable table = new CountTable("glance-" + feature, featureName(feature),
                rows.stream().map(g -> g.measure().title()).toList(), 3);
        table.add(texts.get("dashboard.today"), values(rows, Figures.Glance::today));
        table.add(texts.get("dashboard.week"), values(rows, Figures.Glance::week));
        table.add(texts.get("dashboard.month"), values(rows, Figures.Glance::month));
        return table;
    }

    private List<String> values(List<Figures.Glance> rows, java.util.function.Function<Figures.Glance, BigDecimal> of) {
        return rows.stream().map(g -> Numbers.shown(g.measure().unit(), of.apply(g), locale)).toList();
    }

    /** The feature's name in the viewer's language; a drop-in feature the console does not know keeps its id. */
    private String featureName(String feature) {
        String name = texts.get("feature." + feature);
        return name.equals("feature." + feature) ? feature : name;
    }

    private Div measureChoice(List<Measure> measures) {
        Select<Measure> choice = new Select<>();
        choice.setId("dashboard-measure");
        choice.setLabel(texts.get("dashboard.chart.measure"));
        choice.setItems(measures);
        choice.setItemLabelGenerator(Measure::title);
        choice.setWidth("24rem");
        choice.getStyle().set("max-width", "100%");
        choice.setValue(Figures.find(measures, "signin.visits").orElse(measures.get(0)));
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showChartsOrSaySorry(e.getValue());
            }
        });
        showCharts(choice.getValue());
        Div box = new Div(choice);
        box.setWidthFull();
        return box;
    }

    private void showChartsOrSaySorry(Measure measure) {
        try {
            showCharts(measure);
        } catch (RuntimeException e) {
            LOG.warn("The dashboard could not draw {}: {}", measure.id(), e.getClass().getName());
            charts.removeAll();
            charts.add(new Paragraph(texts.get("dashboard.error")));
        }
    }

    /** The chosen measure's year as a line and this month by kind as bars, each with its numbers as text. */
    void showCharts(Measure measure) {
        charts.removeAll();
        charts.setWidthFull();
        Map<LocalDate, BigDecimal> months = figures.trend(measure.id());
        List<LocalDate> keys = new ArrayList<>(months.keySet());
        String trendName = texts.get("dashboard.trend.name", measure.title(), Numbers.month(keys.get(0), locale),
                Numbers.month(keys.get(keys.size() - 1), locale));
        CountTable year = new CountTable("dashboard-trend-numbers", trendName,
                keys.stream().map(m -> Numbers.shortMonth(m, locale)).toList(), 3);
        year.add(texts.get("dashboard.months"), months.values().stream()
                .map(v -> Numbers.shown(measure.unit(), v, locale)).toList());
        charts.add(new H2(texts.get("dashboard.trend")), chart("dashboard-trend", Charts.trend(months, trendName, locale)),
                year, new H2(texts.get("dashboard.kinds")));
        Map<KindOfSupport, BigDecimal> kinds = figures.byKind(measure.id());
        if (kinds.isEmpty()) {
            Paragraph none = new Paragraph(texts.get("dashboard.kinds.none"));
            none.setId("dashboard-kinds-none");
            charts.add(none);
            return;
        }
        Map<String, BigDecimal> named = new LinkedHashMap<>();
        kinds.forEach((kind, value) -> named.put(kindName(kind), value));
        String kindsName = texts.get("dashboard.kinds.name", measure.title());
        CountTable month = new CountTable("dashboard-kinds-numbers", kindsName, List.copyOf(named.keySet()), 3);
        month.add(texts.get("dashboard.month"), named.values().stream()
                .map(v -> Numbers.shown(measure.unit(), v, locale)).toList());
        charts.add(chart("dashboard-kinds", Charts.bars(named, kindsName)), month);
    }

    private String kindName(KindOfSupport kind) {
        return texts.get("kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    /** A box holding a chart's SVG as it is, without re-parsing it on the server. */
    private static Div chart(String id, String svg) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("console-chart-box");
        box.getStyle().set("width", "100%").set("max-width", Charts.WIDTH + "px");
        box.getElement().setProperty("innerHTML", svg);
        return box;
    }
}
