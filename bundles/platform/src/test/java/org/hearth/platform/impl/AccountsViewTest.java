package org.hearth.platform.impl;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import java.time.Clock;
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
class AccountsViewTest {

    private final PlatformDatabase db = new PlatformDatabase();
    private final Clock clock = Clock.systemUTC();
    private final JdbcPeopleDirectory people = db.people(clock);
    private final JdbcAccounts accounts = new JdbcAccounts(db.schema, clock, people);
    private final JdbcAuditLog audit = new JdbcAuditLog(db.schema, clock);
    private final AccountsView view = new AccountsView(people, accounts, audit, new ModuleContext() {
        public Locale locale() {
            return Locale.ENGLISH;
        }

        public Viewer viewer() {
            return Viewer.staff(Role.COORDINATOR, "coordinator-1", "Dana");
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
        assertThat(audit.recent(1).get(0).actorId()).isEqualTo("coordinator-1");
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
