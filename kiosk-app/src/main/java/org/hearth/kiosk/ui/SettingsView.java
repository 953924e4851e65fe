package org.hearth.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;
import org.hearth.kiosk.HostSettings;
import org.hearth.kiosk.KioskServices;
import org.hearth.kiosk.SettingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a coordinator may change on screen, written to the same files a person edits by hand
 * ({@code config/hearth.properties}, {@code config/org.hearth.signin.cfg}) and used at once.
 */
final class SettingsView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsView.class);
    static final String HOST_FILE = "hearth.properties";
    static final String SIGNIN_FILE = "org.hearth.signin.cfg";

    private final Texts texts;
    private final Viewer viewer;
    private final TextField name = new TextField();
    private final TextField hours = new TextField();
    private final TimePicker closing = new TimePicker();
    private final Select<Locale> language = new Select<>();
    private final IntegerField ask = new IntegerField();
    private final IntegerField reset = new IntegerField();
    private final IntegerField staff = new IntegerField();
    private final Paragraph message = new Paragraph();

    SettingsView(Texts texts, Viewer viewer) {
        this.texts = texts;
        this.viewer = viewer;
        addClassName("settings");
        message.setId("settings-message");
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "status");
        add(new H1(texts.get("settings.title")), fields(), message, actions());
        show(KioskServices.get().settings());
    }

    private Div fields() {
        setUp(name, "settings-name", "settings.name");
        name.setMaxLength(HostSettings.MAX_NAME);
        setUp(hours, "settings-hours", "settings.hours");
        hours.setMaxLength(HostSettings.MAX_HOURS);
        hours.setHelperText(texts.get("settings.hours.example"));
        closing.setId("settings-closing");
        closing.setLabel(texts.get("settings.closing"));
        closing.setLocale(texts.locale());
        language.setId("settings-language");
        language.setLabel(texts.get("settings.language"));
        language.setItems(Texts.LANGUAGES);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        number(ask, "settings-idle-ask", "settings.idle.ask", 5, 3600);
        number(reset, "settings-idle-reset", "settings.idle.reset", 10, 7200);
        number(staff, "settings-staff-idle", "settings.staff.idle", 30, 7200);
        Div fields = new Div(name, hours, closing, language, ask, reset, staff);
        fields.addClassName("settings-fields");
        return fields;
    }

    private void setUp(TextField field, String id, String key) {
        field.setId(id);
        field.setLabel(texts.get(key));
        field.setWidthFull();
    }

    private void number(IntegerField field, String id, String key, int min, int max) {
        field.setId(id);
        field.setLabel(texts.get(key));
        field.setMin(min);
        field.setMax(max);
        field.setHelperText(texts.get("settings.seconds", min, max));
    }

    private Div actions() {
        Button save = new Button(texts.get("settings.save"), e -> save());
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div actions = new Div(save);
        actions.addClassName("step-actions");
        return actions;
    }

    private void show(HostSettings settings) {
        name.setValue(settings.centerName());
        hours.setValue(settings.openingHours());
        language.setValue(settings.language());
        ask.setValue(settings.idleAskSeconds());
        reset.setValue(settings.idleResetSeconds());
        staff.setValue(settings.staffIdleSeconds());
        String closingTime = SettingsFile.read(configFile(SIGNIN_FILE), "closing_time", "21:00");
        try {
            closing.setValue(LocalTime.parse(closingTime));
        } catch (DateTimeParseException e) {
            closing.setValue(LocalTime.of(21, 0));
        }
    }

    private void save() {
        String problem = problem();
        if (problem != null) {
            message.setText(texts.get(problem));
            return;
        }
        Map<String, String> host = new LinkedHashMap<>();
        host.put("hearth.center.name", name.getValue().strip());
        host.put("hearth.opening.hours", hours.getValue().strip());
        host.put("hearth.language", language.getValue().getLanguage());
        host.put("hearth.idle.ask.seconds", ask.getValue().toString());
        host.put("hearth.idle.reset.seconds", reset.getValue().toString());
        host.put("hearth.staff.idle.seconds", staff.getValue().toString());
        try {
            SettingsFile.write(configFile(HOST_FILE), host);
            SettingsFile.write(configFile(SIGNIN_FILE), Map.of("closing_time", closing.getValue().toString()));
        } catch (IOException e) {
            LOG.error("The settings could not be written: {}", e.getClass().getSimpleName());
            message.setText(texts.get("settings.failed"));
            return;
        }
        KioskServices.get().reloadSettings(LOG::warn);
        KioskServices.get().audit().ifPresent(log -> log.record(viewer.personId().orElse("unknown"), "settings.change",
                HOST_FILE + ", " + SIGNIN_FILE));
        LOG.info("Settings changed on screen");
        message.setText(texts.get("settings.saved"));
    }

    /** The text key of what is wrong with the form, or null. */
    private String problem() {
        if (!within(ask, 5, 3600) || !within(reset, 10, 7200) || !within(staff, 30, 7200)) {
            return "settings.invalid.number";
        }
        if (reset.getValue() <= ask.getValue()) {
            return "settings.invalid.order";
        }
        if (closing.getValue() == null || closing.isInvalid()) {
            return "settings.invalid.closing";
        }
        return language.getValue() == null ? "settings.invalid.language" : null;
    }

    private static boolean within(IntegerField field, int min, int max) {
        Integer value = field.getValue();
        return value != null && value >= min && value <= max;
    }

    private static Path configFile(String name) {
        return KioskServices.get().settings().configDir().resolve(name);
    }
}
