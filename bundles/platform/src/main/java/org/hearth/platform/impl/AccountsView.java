package org.hearth.platform.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Optional;
import org.hearth.api.Account;
import org.hearth.api.Accounts;
import org.hearth.api.AuditLog;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.hearth.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff and volunteer accounts: who may sign in on the staff side, in which role. A new account is a new
 * person with a chosen name, a role and a PIN; an existing account's role and PIN can be changed.
 */
class AccountsView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(AccountsView.class);

    private final PeopleDirectory people;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ModuleContext context;
    private final Texts texts;
    private final Grid<Account> grid = new Grid<>();
    private final TextField name = new TextField();
    private final TextField keyTag = new TextField();
    private final Select<Role> role = new Select<>();
    private final PasswordField pin = new PasswordField();
    private final Paragraph message = new Paragraph();
    private Account editing;

    AccountsView(PeopleDirectory people, Accounts accounts, AuditLog audit, ModuleContext context) {
        this.people = people;
        this.accounts = accounts;
        this.audit = audit;
        this.context = context;
        this.texts = context.texts(AccountsView.class, AccountsModule.TEXTS);
        addClassName("accounts");
        grid.addColumn(Account::displayName).setHeader(texts.get("accounts.name"));
        grid.addColumn(a -> texts.get("role." + a.role().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(texts.get("accounts.role"));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::edit));
        name.setId("accounts-name");
        name.setMaxLength(PeopleDirectory.MAX_NAME_LENGTH);
        keyTag.setId("accounts-keytag");
        keyTag.setMaxLength(64);
        pin.setId("accounts-pin");
        pin.setMaxLength(12);
        pin.getElement().setAttribute("inputmode", "numeric");
        role.setId("accounts-role");
        role.setItems(Arrays.stream(Role.values()).filter(r -> r != Role.VISITOR).toList());
        role.setItemLabelGenerator(r -> texts.get("role." + r.name().toLowerCase(java.util.Locale.ROOT)));
        message.setId("accounts-message");
        add(new H1(texts.get("accounts.title")), grid, new H2(texts.get("accounts.form")), name, keyTag, role, pin,
                buttons(), message);
        startNew();
    }

    private HorizontalLayout buttons() {
        Button save = new Button(texts.get("accounts.save"), e -> save());
        save.setId("accounts-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button fresh = new Button(texts.get("accounts.new"), e -> startNew());
        fresh.addThemeVariants(ButtonVariant.LUMO_LARGE);
        return new HorizontalLayout(save, fresh);
    }

    private void startNew() {
        editing = null;
        grid.setItems(accounts.list());
        name.clear();
        name.setLabel(texts.get("accounts.name"));
        name.setReadOnly(false);
        keyTag.clear();
        keyTag.setLabel(texts.get("accounts.keytag"));
        role.setLabel(texts.get("accounts.role"));
        role.setValue(Role.VOLUNTEER);
        pin.clear();
        pin.setLabel(texts.get("accounts.pin"));
    }

    private void edit(Account account) {
        editing = account;
        name.setValue(account.displayName());
        name.setReadOnly(true);
        Optional<Person> person = people.find(account.personId());
        keyTag.setValue(person.flatMap(Person::keyTag).orElse(""));
        role.setValue(account.role());
        pin.clear();
        pin.setLabel(texts.get("accounts.pin.new"));
        audit.record(actor(), "account.view", account.personId());
    }

    private void save() {
        try {
            String personId = editing != null ? editing.personId()
                    : people.register(name.getValue(), Optional.empty(), Optional.empty()).id();
            people.assignKeyTag(personId, Optional.of(keyTag.getValue()));
            accounts.save(personId, role.getValue(), pin.getValue());
            audit.record(actor(), editing != null ? "account.change" : "account.create", personId);
            message.setText(texts.get("accounts.saved"));
            startNew();
        } catch (IllegalArgumentException e) {
            message.setText(texts.get(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("An account could not be saved", e);
            message.setText(texts.get("error.save"));
        }
    }

    private String actor() {
        return context.viewer().personId().orElse("kiosk");
    }
}
