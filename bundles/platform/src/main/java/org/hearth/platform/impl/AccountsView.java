package org.hearth.platform.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hearth.api.Account;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.hearth.api.Texts;
import org.hearth.api.ui.PinField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff and volunteer accounts: who may sign in on the staff side, with which roles (any number), whether
 * they are a recovery coach or associate with which training, and who supervises them. A new account is a
 * new person with a chosen name, roles and a PIN; an existing account's PIN is changed only when a new one
 * is typed.
 */
class AccountsView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(AccountsView.class);

    private final AccountServices services;
    private final ModuleContext context;
    private final Texts texts;
    private final Grid<Account> grid = new Grid<>();
    private final TextField name = new TextField();
    private final TextField keyTag = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final PasswordField pin;
    private final PeerFields peer;
    private final SupervisionFields supervision;
    private final Paragraph message = new Paragraph();
    private Account editing;

    AccountsView(AccountServices services, ModuleContext context) {
        this.services = services;
        this.context = context;
        this.texts = context.texts(AccountsView.class, AccountsModule.TEXTS);
        this.pin = new PinField(texts);
        this.peer = new PeerFields(texts);
        this.supervision = new SupervisionFields(texts);
        addClassName("accounts");
        grid.addColumn(Account::displayName).setHeader(texts.get("accounts.name"));
        grid.addColumn(a -> a.roles().stream().map(r -> texts.get(r.textKey())).collect(Collectors.joining(", ")))
                .setHeader(texts.get("accounts.roles"));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::edit));
        name.setId("accounts-name");
        name.setMaxLength(PeopleDirectory.MAX_NAME_LENGTH);
        keyTag.setId("accounts-keytag");
        keyTag.setMaxLength(64);
        pin.setId("accounts-pin");
        roles.setId("accounts-roles");
        roles.setItems(Arrays.stream(Role.values()).filter(r -> r != Role.VISITOR).toList());
        roles.setItemLabelGenerator(r -> texts.get(r.textKey()));
        message.setId("accounts-message");
        message.getElement().setAttribute("role", "status");
        add(new H1(texts.get("accounts.title")), grid, new H2(texts.get("accounts.form")), name, keyTag, roles, pin,
                peer, supervision, buttons(), message);
        startNew();
    }

    private HorizontalLayout buttons() {
        Button save = new Button(texts.get("accounts.save"), e -> attempt(this::save));
        save.setId("accounts-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button fresh = new Button(texts.get("accounts.new"), e -> startNew());
        fresh.setId("accounts-new");
        fresh.addThemeVariants(ButtonVariant.LUMO_LARGE);
        HorizontalLayout buttons = new HorizontalLayout(save, fresh);
        buttons.addClassName("step-actions");
        return buttons;
    }

    private void startNew() {
        editing = null;
        grid.setItems(services.accounts().list());
        name.clear();
        name.setLabel(texts.get("accounts.name"));
        name.setReadOnly(false);
        keyTag.clear();
        keyTag.setLabel(texts.get("accounts.keytag"));
        roles.setLabel(texts.get("accounts.roles"));
        roles.setValue(EnumSet.of(Role.VOLUNTEER));
        pin.clear();
        pin.setLabel(texts.get("accounts.pin"));
        peer.show(Optional.empty());
        supervision.show(services.accounts().list(), Optional.empty(), Optional.empty());
    }

    private void edit(Account account) {
        editing = account;
        name.setValue(account.displayName());
        name.setReadOnly(true);
        Optional<Person> person = services.people().find(account.personId());
        keyTag.setValue(person.flatMap(Person::keyTag).orElse(""));
        roles.setValue(account.roles());
        pin.clear();
        pin.setLabel(texts.get("accounts.pin.keep"));
        peer.show(services.peers().profile(account.personId()));
        supervision.show(services.accounts().list(), Optional.of(account.personId()),
                services.supervision().of(context.viewer(), account.personId()));
        services.audit().record(actor(), "account.view", account.personId());
    }

    private void save() {
        boolean keepPin = editing != null && pin.getValue().isEmpty();
        if (roles.getValue().isEmpty()) {
            throw new IllegalArgumentException("error.account.role");
        }
        if (!keepPin && !pin.getValue().matches("\\d{4,12}")) {
            throw new IllegalArgumentException("error.pin.format");
        }
        String personId = editing != null ? editing.personId()
                : services.people().register(name.getValue(), Optional.empty(), Optional.empty()).id();
        var relation = supervision.relation(personId);
        var profile = peer.profile(personId);
        services.people().assignKeyTag(personId, Optional.of(keyTag.getValue()));
        if (keepPin) {
            services.accounts().changeRoles(personId, roles.getValue());
        } else {
            services.accounts().save(personId, roles.getValue(), pin.getValue());
        }
        profile.ifPresentOrElse(services.peers()::save, () -> services.peers().remove(personId));
        relation.ifPresentOrElse(r -> services.supervision().assign(context.viewer(), r),
                () -> services.supervision().end(context.viewer(), personId));
        services.audit().record(actor(), editing != null ? "account.change" : "account.create", personId);
        message.setText(texts.get("accounts.saved"));
        startNew();
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            message.setText(texts.get(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("An account could not be saved: {}", e.getClass().getSimpleName());
            message.setText(texts.get("error.save"));
        }
    }

    private String actor() {
        return context.viewer().personId().orElse("kiosk");
    }
}
