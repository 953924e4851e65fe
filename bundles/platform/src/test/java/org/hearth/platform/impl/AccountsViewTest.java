package org.hearth.platform.impl;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.hearth.api.PeerRole;
import org.hearth.api.Person;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.Training;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.hearth.api.Account;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The coordinator's accounts screen, used by clicking, against a real database. */
@SuppressWarnings("unchecked")
class AccountsViewTest {

    private final PlatformDatabase db = new PlatformDatabase();
    private final Clock clock = Clock.systemUTC();
    private final JdbcPeopleDirectory people = db.people(clock);
    private final Person coordinator = people.register("Dana", Optional.empty(), Optional.empty());
    private final JdbcAccounts accounts = new JdbcAccounts(db.schema, clock, people);
    private final JdbcAuditLog audit = new JdbcAuditLog(db.schema, clock);
    private final JdbcPeerStaff peers = new JdbcPeerStaff(db.schema, people);
    private final JdbcSupervisionRelations supervision = new JdbcSupervisionRelations(db.schema, people);
    private final AccountsView view = new AccountsView(new AccountServices(people, accounts, peers, supervision, audit),
            new ModuleContext() {
        public Locale locale() {
            return Locale.ENGLISH;
        }

        public Viewer viewer() {
            return Viewer.staff(Role.COORDINATOR, coordinator.id(), "Dana");
        }

        public void finish() {
        }
    });

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCoordinatorAddsAVolunteerWhoCanThenSignIn() {
        set("accounts-name", "Rosa");
        set("accounts-keytag", "K-77");
        set("accounts-pin", "4321");
        click("accounts-save");

        assertThat(text("accounts-message")).isEqualTo("Saved. They can sign in now.");
        assertThat(accounts.authenticate("K-77", "4321")).map(Account::role).contains(Role.VOLUNTEER);
        assertThat(audit.recent(1).get(0).action()).isEqualTo("account.create");
        assertThat(audit.recent(1).get(0).actorId()).isEqualTo(coordinator.id());
    }

    @Test
    void aCoordinatorGivesOnePersonSeveralRolesAPeerRoleWithTrainingAndASupervisor() {
        Person sam = people.register("Sam", Optional.empty(), Optional.empty());
        accounts.save(sam.id(), Set.of(Role.SUPERVISOR), "1111");
        Person backup = people.register("Lee", Optional.empty(), Optional.empty());
        accounts.save(backup.id(), Set.of(Role.SUPERVISOR, Role.PEER_STAFF), "2222");
        click("accounts-new");

        set("accounts-name", "Rosa");
        set("accounts-pin", "4321");
        roles().setValue(Set.of(Role.VOLUNTEER, Role.PEER_STAFF));
        select("accounts-peer-role", Optional.of(PeerRole.RECOVERY_COACH));
        set("accounts-training-name", "Recovery coach academy");
        ((DatePicker) find("accounts-training-date")).setValue(LocalDate.of(2026, 3, 14));
        click("accounts-training-add");
        selectAccount("accounts-supervisor", sam.id());
        selectAccount("accounts-backup", backup.id());
        click("accounts-save");

        assertThat(text("accounts-message")).isEqualTo("Saved. They can sign in now.");
        Account rosa = accounts.authenticate("Rosa", "4321").orElseThrow();
        assertThat(rosa.roles()).containsExactlyInAnyOrder(Role.VOLUNTEER, Role.PEER_STAFF);
        assertThat(peers.profile(rosa.personId())).hasValueSatisfying(p -> {
            assertThat(p.peerRole()).isEqualTo(PeerRole.RECOVERY_COACH);
            assertThat(p.training()).containsExactly(new Training("Recovery coach academy", LocalDate.of(2026, 3, 14)));
        });
        assertThat(supervision.of(Viewer.staff(rosa), rosa.personId()))
                .contains(new SupervisionRelation(rosa.personId(), sam.id(), Optional.of(backup.id())));
    }

    @Test
    void changingRolesWithoutANewPinKeepsThePin() {
        Person kim = people.register("Kim", Optional.empty(), Optional.empty());
        accounts.save(kim.id(), Set.of(Role.VOLUNTEER), "5555");
        ((Grid<Account>) descendants(view).filter(Grid.class::isInstance).findFirst().orElseThrow())
                .select(accounts.find(kim.id()).orElseThrow());
        roles().setValue(Set.of(Role.VOLUNTEER, Role.SUPERVISOR));
        click("accounts-save");

        assertThat(accounts.authenticate("Kim", "5555")).map(Account::roles)
                .contains(Set.of(Role.VOLUNTEER, Role.SUPERVISOR));
        assertThat(audit.about(kim.id())).extracting(e -> e.action()).contains("account.view", "account.change");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Role> roles() {
        return (CheckboxGroup<Role>) find("accounts-roles");
    }

    @SuppressWarnings("unchecked")
    private void select(String id, Object value) {
        ((Select<Object>) find(id)).setValue(value);
    }

    @SuppressWarnings("unchecked")
    private void selectAccount(String id, String personId) {
        Select<Optional<Account>> select = (Select<Optional<Account>>) find(id);
        select.setValue(select.getListDataView().getItems()
                .filter(a -> a.map(Account::personId).filter(personId::equals).isPresent()).findFirst().orElseThrow());
    }

    @Test
    void aBadPinIsExplainedAndNothingIsSaved() {
        set("accounts-name", "Rosa");
        set("accounts-pin", "12");
        click("accounts-save");
        assertThat(text("accounts-message")).isEqualTo("A PIN is 4 to 12 digits.");
        assertThat(accounts.list()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void set(String id, String value) {
        ((HasValue<?, String>) find(id)).setValue(value);
    }

    private void click(String id) {
        ((Button) find(id)).click();
    }

    private String text(String id) {
        return find(id).getElement().getText();
    }

    private Component find(String id) {
        return descendants(view).filter(c -> Optional.of(id).equals(c.getId())).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(AccountsViewTest::descendants));
    }
}
