package org.hearth.platform.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.api.AuditEntry;
import org.hearth.api.AuditLog;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log for coordinators, newest first, filtered by who (part of a staff member's name), what (the kind
 * of entry), when (days) and about whom (part of a person's name). Looking at it is itself audited.
 */
class AuditView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(AuditView.class);

    private final AuditSearch search;
    private final PeopleDirectory people;
    private final AuditLog audit;
    private final ModuleContext context;
    private final Texts texts;
    private final TextField who = new TextField();
    private final Select<String> what = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField about = new TextField();
    private final Grid<AuditEntry> entries = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Map<String, String> names = new HashMap<>();

    AuditView(AuditSearch search, PeopleDirectory people, AuditLog audit, ModuleContext context) {
        this.search = search;
        this.people = people;
        this.audit = audit;
        this.context = context;
        this.texts = context.texts(AuditView.class, AccountsModule.TEXTS);
        addClassName("audit");
        count.setId("audit-count");
        count.getElement().setAttribute("role", "status");
        add(new H1(texts.get("audit.title")), filters(), count, grid());
        show();
    }

    private Div filters() {
        label(who, "audit-who", "audit.who");
        label(about, "audit-about", "audit.about");
        what.setId("audit-what");
        what.setLabel(texts.get("audit.what"));
        what.setEmptySelectionAllowed(true);
        what.setEmptySelectionCaption(texts.get("audit.any"));
        what.setItems(search.actions());
        for (DatePicker day : List.of(from, to)) {
            day.setLocale(context.locale());
            day.setI18n(DayPickers.i18n(context.locale(), texts));
        }
        from.setId("audit-from");
        from.setLabel(texts.get("audit.from"));
        to.setId("audit-to");
        to.setLabel(texts.get("audit.to"));
        Button find = new Button(texts.get("audit.search"), e -> show());
        find.setId("audit-search");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div fields = new Div(who, what, from, to, about, find);
        fields.addClassName("audit-filters");
        return fields;
    }

    private void label(TextField field, String id, String key) {
        field.setId(id);
        field.setLabel(texts.get(key));
        field.setMaxLength(PeopleDirectory.MAX_NAME_LENGTH);
        field.setClearButtonVisible(true);
    }

    private Grid<AuditEntry> grid() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(context.locale())
                .withZone(ZoneId.systemDefault());
        entries.setId("audit-results");
        entries.addColumn(e -> when.format(e.at())).setHeader(texts.get("audit.when")).setAutoWidth(true);
        entries.addColumn(e -> name(e.actorId())).setHeader(texts.get("audit.who"));
        entries.addColumn(AuditEntry::action).setHeader(texts.get("audit.what"));
        entries.addColumn(e -> name(e.subject())).setHeader(texts.get("audit.about"));
        entries.setAllRowsVisible(true);
        return entries;
    }

    private void show() {
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            count.setText(texts.get("audit.backwards"));
            return;
        }
        try {
            List<AuditEntry> found = search.find(new AuditSearch.Filter(ids(who.getValue()), what.getValue(),
                    from.getValue(), to.getValue(), ids(about.getValue())));
            audit.record(context.viewer().personId().orElse("kiosk"), "audit.read", "audit");
            entries.setItems(found);
            count.setText(found.isEmpty() ? texts.get("audit.none")
                    : texts.get(found.size() == AuditSearch.LIMIT ? "audit.many" : "audit.found", found.size()));
        } catch (RuntimeException e) {
            LOG.error("The audit log could not be read: {}", org.hearth.api.Failures.describe(e));
            count.setText(texts.get("audit.failed"));
        }
    }

    /** The ids of the people whose name contains this text; null when the filter is left empty. */
    private Set<String> ids(String namePart) {
        String part = namePart == null ? "" : namePart.strip();
        return part.isEmpty() ? null
                : people.findByNamePart(part, 200).stream().map(Person::id).collect(Collectors.toSet());
    }

    /** A person's chosen name and initial, or the subject as written (a bundle, a report range). */
    private String name(String subject) {
        if (subject == null) {
            return "";
        }
        return names.computeIfAbsent(subject, id -> people.find(id)
                .map(p -> p.chosenName() + p.lastInitial().map(i -> " " + i + ".").orElse("")).orElse(id));
    }
}
