package org.hearth.kiosk.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.hearth.kiosk.KioskServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff and volunteers sign in with a key tag or chosen name and a PIN. On a new installation, with no
 * coordinator yet, the same screen sets up the first coordinator's account.
 */
@Route(value = "staff", layout = KioskLayout.class)
public class StaffLoginView extends VerticalLayout implements LocaleChangeObserver {

    private static final Logger LOG = LoggerFactory.getLogger(StaffLoginView.class);

    private final TextField who = new TextField();
    private final PasswordField pin = new PasswordField();
    private final PasswordField pinAgain = new PasswordField();
    private final Paragraph message = new Paragraph();

    public StaffLoginView() {
        addClassName("staff-login");
        who.setId("staff-who");
        pin.setId("staff-pin");
        pinAgain.setId("staff-pin-again");
        message.setId("staff-message");
        message.addClassName("form-message");
        for (PasswordField field : new PasswordField[] {pin, pinAgain}) {
            field.getElement().setAttribute("inputmode", "numeric");
            field.setMaxLength(12);
        }
        who.setMaxLength(PeopleDirectory.MAX_NAME_LENGTH);
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
        who.setLabel(texts.get(setUp ? "setup.name" : "staff.who"));
        pin.setLabel(texts.get("staff.pin"));
        pinAgain.setLabel(texts.get("setup.pin.again"));
        Button go = new Button(texts.get(setUp ? "setup.create" : "staff.signin"), e -> submit(setUp));
        go.setId("staff-submit");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        go.addClickShortcut(Key.ENTER);
        add(new H1(texts.get(setUp ? "setup.title" : "staff.title")));
        if (setUp) {
            add(new Paragraph(texts.get("setup.explain")), who, pin, pinAgain);
        } else {
            add(who, pin);
        }
        add(go, message);
        who.focus();
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
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        build();
    }
}
