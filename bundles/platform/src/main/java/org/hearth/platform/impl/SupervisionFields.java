package org.hearth.platform.impl;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Account;
import org.hearth.api.Role;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.Texts;

/** Who supervises the person, and the named backup: chosen among supervisors and coordinators. */
final class SupervisionFields extends Div {

    private final Select<Optional<Account>> supervisor = new Select<>();
    private final Select<Optional<Account>> backup = new Select<>();

    SupervisionFields(Texts texts) {
        supervisor.setId("accounts-supervisor");
        supervisor.setLabel(texts.get("accounts.supervisor"));
        backup.setId("accounts-backup");
        backup.setLabel(texts.get("accounts.backup"));
        for (Select<Optional<Account>> select : List.of(supervisor, backup)) {
            select.setItemLabelGenerator(a -> a.map(Account::displayName).orElse(texts.get("accounts.supervisor.none")));
        }
        add(new H3(texts.get("accounts.supervision.title")), supervisor, backup);
    }

    /** Offers every supervisor and coordinator except the person, and shows their relation. */
    void show(List<Account> accounts, Optional<String> personId, Optional<SupervisionRelation> relation) {
        List<Optional<Account>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        accounts.stream().filter(a -> a.holds(Role.SUPERVISOR) || a.holds(Role.COORDINATOR))
                .filter(a -> personId.filter(a.personId()::equals).isEmpty())
                .forEach(a -> choices.add(Optional.of(a)));
        supervisor.setItems(choices);
        backup.setItems(choices);
        supervisor.setValue(pick(choices, relation.map(SupervisionRelation::supervisorId)));
        backup.setValue(pick(choices, relation.flatMap(SupervisionRelation::backupId)));
    }

    /** The relation to keep for the person, or empty for none. */
    Optional<SupervisionRelation> relation(String personId) {
        return supervisor.getValue().map(s -> new SupervisionRelation(personId, s.personId(),
                backup.getValue().map(Account::personId)));
    }

    private static Optional<Account> pick(List<Optional<Account>> choices, Optional<String> id) {
        return choices.stream().filter(c -> c.map(Account::personId).equals(id)).findFirst().orElse(Optional.empty());
    }
}
