package org.hearth.groups.impl;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coordinator's figures for a week or a month: by group, then by pathway (different people counted once per
 * pathway). The real numbers: this is the coordinator's own screen.
 */
final class GroupReportPanel extends Div {

    /** The periods a coordinator picks from. */
    enum Span { THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH }

    /** One row: a group or a pathway, and its figures. */
    record Row(String name, int sessions, int attendance, int people) {
    }

    private final GroupsManageView view;
    private final Div shown = new Div();

    GroupReportPanel(GroupsManageView view) {
        this.view = view;
        setId("report-panel");
        Select<Span> span = new Select<>();
        span.setId("report-span");
        span.setLabel(view.texts.get("report.span"));
        span.setItems(Span.values());
        span.setItemLabelGenerator(s -> view.texts.get("report." + GroupsManageView.lower(s)));
        span.setValue(Span.THIS_MONTH);
        span.addValueChangeListener(e -> show(e.getValue()));
        Div actions = SessionPanel.row(view.button("report-back", "back", view::showList));
        actions.addClassName("step-actions");
        add(new H2(view.texts.get("report.title")), new Paragraph(view.texts.get("report.note")), span, shown, actions);
        show(Span.THIS_MONTH);
        view.services.audit().record(view.actor, "groups.report.view", "groups");
    }

    private void show(Span span) {
        shown.removeAll();
        LocalDate today = view.services.sessions().today();
        LocalDate from = switch (span) {
            case THIS_WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case LAST_WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_MONTH -> today.withDayOfMonth(1).minusMonths(1);
        };
        LocalDate to = switch (span) {
            case THIS_WEEK, LAST_WEEK -> from.plusDays(6);
            case THIS_MONTH, LAST_MONTH -> from.plusMonths(1).minusDays(1);
        };
        Map<Long, Group> groups = view.services.groups().list(true).stream()
                .collect(Collectors.toMap(Group::id, Function.identity()));
        Map<Long, GroupReport.Line> lines = view.services.report().between(from, to);
        List<Row> byGroup = lines.values().stream().map(l -> new Row(groups.get(l.groupId()).name(), l.sessions(),
                l.attendance(), l.people())).toList();
        Map<String, List<GroupReport.Line>> byPathway = lines.values().stream()
                .collect(Collectors.groupingBy(l -> groups.get(l.groupId()).pathwayCode()));
        Map<String, Pathway> pathways = view.services.groups().pathways().stream()
                .collect(Collectors.toMap(Pathway::code, Function.identity()));
        List<Row> pathwayRows = new ArrayList<>();
        byPathway.forEach((code, ls) -> pathwayRows.add(new Row(pathways.containsKey(code)
                ? pathways.get(code).name(view.texts.locale()) : code, ls.stream().mapToInt(GroupReport.Line::sessions).sum(),
                ls.stream().mapToInt(GroupReport.Line::attendance).sum(),
                view.services.report().people(ls.stream().map(GroupReport.Line::groupId).toList(), from, to))));
        shown.add(new H3(view.texts.get("report.by.group")), grid("report-groups", byGroup),
                new H3(view.texts.get("report.by.pathway")), grid("report-pathways", pathwayRows));
    }

    private Grid<Row> grid(String id, List<Row> rows) {
        Grid<Row> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(Row::name).setHeader(view.texts.get("report.name")).setFlexGrow(3);
        grid.addColumn(Row::sessions).setHeader(view.texts.get("report.sessions"));
        grid.addColumn(Row::attendance).setHeader(view.texts.get("report.attendance"));
        grid.addColumn(Row::people).setHeader(view.texts.get("report.people"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }
}
