package org.hearth.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import org.hearth.api.Account;
import org.hearth.api.Accounts;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;
import org.hearth.api.ui.NumberPad;
import org.hearth.api.ui.OnScreenKeyboard;
import org.hearth.api.ui.PinField;
import org.hearth.kiosk.KioskServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff and volunteers sign in with a key tag or chosen name and a PIN. On a new installation, with no
 * coordinator yet, the same screen sets up the first coordinator's account. On a touchscreen the name is typed on
 * the on-screen keyboard and the PIN on the number pad: whichever field was tapped last shows its own.
 */
@Route(value = "staff", layout = KioskLayout.class)
public class StaffLoginView extends VerticalLayout implements LocaleChangeObserver {

    private static final Logger LOG = LoggerFactory.getLogger(StaffLoginView.class);

    private final Paragraph message = new Paragraph();
    private final Div pad = new Div();
    private TextField who;
    private PasswordField pin;
    private PasswordField pinAgain;

    public StaffLoginView() {
        addClassName("staff-login");
        message.setId("staff-message");
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "status");
        pad.addClassName("staff-login-pad");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        build();
    }

    private void build() {
        removeAll();
        Texts texts = KioskSession.current().texts();
        Optional<Accounts> accounts = KioskServices.get().accounts();
        if (accounts.isEmpty()) {
            add(new H1(texts.get("staff.title")), new Paragraph(texts.get("error.records.unavailable")));
            return;
        }
        boolean setUp = !accounts.get().exists(Role.COORDINATOR);
        who = new TextField(texts.get(setUp ? "setup.name" : "staff.who"));
        who.setId("staff-who");
        who.setMaxLength(PeopleDirectory.MAX_NAME_LENGTH);
        pin = pinField(texts, "staff-pin", "staff.pin");
        pinAgain = pinField(texts, "staff-pin-again", "setup.pin.again");
        Button go = new Button(texts.get(setUp ? "setup.create" : "staff.signin"), e -> submit(setUp));
        go.setId("staff-submit");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        go.addClickShortcut(Key.ENTER);
        Div fields = new Div(who, pin);
        fields.addClassName("staff-login-fields");
        if (setUp) {
            fields.add(pinAgain);
        }
        Div actions = new Div(go);
        actions.addClassName("step-actions");
        Div body = new Div(fields, pad);
        body.addClassName("staff-login-body");
        add(new H1(texts.get(setUp ? "setup.title" : "staff.title")));
        if (setUp) {
            add(new Paragraph(texts.get("setup.explain")));
        }
        add(body, message, actions);
        typeWith(texts, setUp);
        who.focus();
    }

    private static PasswordField pinField(Texts texts, String id, String labelKey) {
        PasswordField field = new PinField(texts);
        field.setId(id);
        field.setLabel(texts.get(labelKey));
        return field;
    }

    /** The keyboard while the name is being typed, the number pad once a PIN field is tapped. */
    private void typeWith(Texts texts, boolean setUp) {
        OnScreenKeyboard keyboard = new OnScreenKeyboard(texts, "staff-key-").attachTo(who, true);
        NumberPad numbers = new NumberPad(texts, "staff-pad-").attachTo(pin);
        pad.removeAll();
        pad.add(keyboard);
        who.addFocusListener(e -> show(keyboard));
        for (PasswordField field : setUp ? new PasswordField[] {pin, pinAgain} : new PasswordField[] {pin}) {
            numbers.follow(field);
            field.addFocusListener(e -> show(numbers));
        }
    }

    private void show(Component aid) {
        if (pad.getChildren().noneMatch(c -> c == aid)) {
            pad.removeAll();
            pad.add(aid);
        }
    }

    private void submit(boolean setUp) {
        Texts texts = KioskSession.current().texts();
        try {
            Optional<Account> account = setUp ? createCoordinator() : KioskServices.get().accounts()
                    .flatMap(a -> a.authenticate(who.getValue(), pin.getValue()));
            pin.clear();
            pinAgain.clear();
            if (account.isEmpty()) {
                message.setText(texts.get("staff.nomatch"));
                return;
            }
            Account a = account.get();
            KioskSession.current().signIn(Viewer.staff(a));
            KioskServices.get().audit().ifPresent(log -> log.record(a.personId(), "staff.signin", a.personId()));
            getUI().ifPresent(ui -> {
                findAncestor(KioskLayout.class).viewerChanged(ui);
                ui.navigate(StaffHomeView.class);
            });
        } catch (IllegalArgumentException e) {
            message.setText(texts.get(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Staff sign-in failed", e);
            message.setText(texts.get("error.records.unavailable"));
        }
    }

    private Optional<Account> createCoordinator() {
        if (!pin.getValue().equals(pinAgain.getValue())) {
            throw new IllegalArgumentException("setup.pin.mismatch");
        }
        if (!pin.getValue().matches("\\d{4,12}")) {
            throw new IllegalArgumentException("error.pin.format");
        }
        PeopleDirectory people = KioskServices.get().people().orElseThrow();
        Person person = people.register(who.getValue(), Optional.empty(), Optional.empty());
        Account account = KioskServices.get().accounts().orElseThrow().save(person.id(), Role.COORDINATOR, pin.getValue());
        KioskServices.get().audit().ifPresent(log -> log.record(person.id(), "account.create", person.id()));
        LOG.info("The first coordinator account was created");
        return Optional.of(account);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        build();
    }
}
