package org.hearth.console.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.testkit.Screen.get;
import static org.hearth.testkit.Screen.has;
import static org.hearth.testkit.Screen.text;

import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.Center;
import org.hearth.api.Centers;
import org.hearth.api.Count;
import org.hearth.api.CountBoard;
import org.hearth.api.CountScope;
import org.hearth.api.CountSource;
import org.hearth.api.Measure;
import org.hearth.api.Period;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.hearth.testkit.TestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two centers on one database: the coordinator sees their own center's figures first, may choose the other center or
 * the whole network (each person once), and is told when a feature counts only the network.
 */
class CentersViewsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final ConsoleFixture f = new ConsoleFixture();
    private final Centers centers = new TwoCenters();
    private final CountBoard board = org.hearth.platform.impl.Boards.of(centers, new VisitsByCenter(),
            f.counts.add("groups.attendance", TODAY, "70").add("groups.attendance", LocalDate.of(2026, 11, 3), "64"));

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theDashboardShowsThisCenterFirstThenTheChosenCenterOrTheNetwork() {
        DashboardView view = new DashboardView(new Figures(board, f.clock, new Scopes(centers), CountScope.NETWORK),
                Texts.load(CentersViewsTest.class, DashboardModule.TEXTS, Locale.ENGLISH));
        assertThat(text(view, "glance-signin")).contains("130").doesNotContain("170");
        assertThat(has(view, "glance-groups")).as("groups count the network only").isFalse();
        assertThat(text(view, "dashboard-partial")).contains("choose the whole network");

        choose(view, "dashboard-scope", "South Side");
        assertThat(text(view, "glance-signin")).contains("120");

        choose(view, "dashboard-scope", "Whole network (each person once)");
        assertThat(text(view, "glance-signin")).contains("170", "300");
        assertThat(text(view, "glance-groups")).contains("70");
        assertThat(has(view, "dashboard-partial")).isFalse();
    }

    @Test
    void theFunderReportOfACenterOrTheNetworkSaysWhichInItsFilesAndAudit() {
        FunderReportView view = new FunderReportView(new FunderReport(new ReportFigures(board, new Scopes(centers)),
                f.audit, f.clock), new TestContext(ConsoleFixture.COORDINATOR, Locale.forLanguageTag("es")));
        Range november = new Range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(text(view, "report-table")).contains("130").doesNotContain("Group attendance");
        assertThat(text(view, "report-partial")).contains("toda la red");
        assertThat(new String(view.export("csv", november), StandardCharsets.UTF_8)).contains("North Star");

        choose(view, "report-scope", "Toda la red (cada persona una vez)");
        assertThat(text(view, "report-table")).contains("170", "64");
        assertThat(new String(view.export("csv", november), StandardCharsets.UTF_8)).contains("Toda la red");
        assertThat(f.audit.about("range:2026-11-01..2026-11-30 center:north")).hasSize(1);
        assertThat(f.audit.about("range:2026-11-01..2026-11-30 center:network")).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static void choose(com.vaadin.flow.component.Component view, String id, String label) {
        Select<Scopes.Option> select = get(view, id, Select.class);
        select.setValue(select.getListDataView().getItems().filter(o -> o.label().equals(label)).findFirst()
                .orElseThrow());
    }

    /** Visits and people for November and December: 130 people at north, 120 at south, 170 across both. */
    private static final class VisitsByCenter implements CountSource {
        public List<Measure> measures(Locale locale) {
            return List.of(new Measure("signin.people", "Different people", Measure.Unit.PEOPLE),
                    new Measure("signin.visits", "Visits", Measure.Unit.TIMES));
        }

        public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period) {
            return count(measureId, from, to, period, CountScope.NETWORK);
        }

        @Override
        public boolean countsByCenter() {
            return true;
        }

        @Override
        public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period, CountScope scope) {
            long people = switch (scope.center().orElse("*")) {
                case "north" -> 130;
                case "south" -> 120;
                default -> 170;
            };
            long value = measureId.equals("signin.people") ? people : people + 130;
            return period.start(from).isAfter(period.start(to)) ? List.of()
                    : List.of(Count.of(period.start(to), value));
        }
    }

    /** This kiosk is North Star; South Side shares the database. */
    private static final class TwoCenters implements Centers {
        public Center here() {
            return new Center("north", "North Star");
        }

        public List<Center> all() {
            return List.of(here(), new Center("south", "South Side"));
        }

        public List<Center> centersOf(String personId) {
            return List.of();
        }

        public Optional<Person> elsewhereByKeyTag(String keyTag) {
            return Optional.empty();
        }

        public void knowHere(String personId) {
        }
    }
}
