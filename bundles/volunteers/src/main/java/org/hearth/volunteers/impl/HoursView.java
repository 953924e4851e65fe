package org.hearth.volunteers.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hearth.api.Failures;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's hours and stipends, in three parts chosen from a row of buttons: hours to approve, stipends
 * per volunteer, and the bookkeeper's export. Every change and every look at one person's money is audited.
 */
final class HoursView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(HoursView.class);

    final StipendServices services;
    final ModuleContext context;
    final Texts texts;
    private final Div body = new Div();
    private final List<Button> parts;

    HoursView(StipendServices services, ModuleContext context) {
        this.services = services;
        this.context = context;
        this.texts = context.texts(HoursView.class, HoursModule.TEXTS);
        addClassName("volunteers-hours");
        H1 title = new H1(texts.get("hours.title"));
        title.setId("hours-title");
        parts = List.of(button("hours-show-approve", "hours.part.approve", VaadinIcon.CLOCK, this::showHours),
                button("hours-show-stipends", "hours.part.stipends", VaadinIcon.MONEY, this::showStipends),
                button("hours-show-export", "hours.part.export", VaadinIcon.DOWNLOAD, this::showExport));
        Div bar = row();
        parts.forEach(bar::add);
        body.setWidthFull();
        body.setId("hours-body");
        add(title, bar, body);
        showHours();
    }

    void showHours() {
        showHours("");
    }

    /** Hours to approve, with a line about what was just done. */
    void showHours(String notice) {
        show(0, new HoursPanel(this, notice));
    }

    void showStipends() {
        show(1, new StipendsPanel(this));
    }

    /** One volunteer's stipends; looking is audited. */
    void showPerson(String personId) {
        audit("volunteers.stipends.view", personId);
        show(1, new PersonStipends(this, personId));
    }

    void showExport() {
        show(2, new ExportPanel(this));
    }

    void show(Component content) {
        body.removeAll();
        body.add(content);
    }

    private void show(int part, Component content) {
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).getElement().setAttribute("aria-pressed", String.valueOf(i == part));
            parts.get(i).getThemeNames().set("primary", i == part);
        }
        show(content);
    }

    /** Who is acting, for the ledger and the audit log. */
    String actor() {
        return context.viewer().personId().orElse("staff");
    }

    void audit(String action, String subject) {
        services.audit().record(actor(), action, subject);
    }

    String name(Optional<String> personId) {
        return services.name(personId, texts.get("name.gone"));
    }

    String when(LocalDateTime time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(texts.locale())
                .format(time);
    }

    String money(long cents) {
        return Money.shown(cents, texts.locale());
    }

    Button button(String id, String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(texts.get(key), icon.create(), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.getStyle().set("min-height", "48px");
        return button;
    }

    static Div row() {
        Div row = new Div();
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "8px").set("width", "100%")
                .set("align-items", "center");
        return row;
    }

    static Paragraph message(String id) {
        return Steps.message(id);
    }

    /** Runs a step; a refusal shows its kind words (with its figures), a failure is logged without personal data. */
    <T> Optional<T> attempt(Supplier<T> action, Paragraph message) {
        try {
            return Optional.of(action.get());
        } catch (RuntimeException e) {
            if (!Failures.isRefusal(e)) {
                LOG.error("An hours or stipends step failed: {}", Failures.describe(e));
            }
            message.setText(e instanceof Refusal r ? texts.get(r.key(), r.args()) : Failures.message(texts, e));
            return Optional.empty();
        }
    }
}
