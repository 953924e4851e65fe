package org.hearth.platform.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.Account;
import org.hearth.api.PeerProfile;
import org.hearth.api.PeerRole;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.Training;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Several roles per account, peer profiles, supervision relations and the PIN asked again, on real Derby. */
@Tag("database")
class RolesAndRelationsTest {

    private final PlatformDatabase db = new PlatformDatabase();
    private final Clock clock = Clock.systemUTC();
    private final JdbcPeopleDirectory people = db.people(clock);
    private final JdbcAccounts accounts = new JdbcAccounts(db.schema, clock, people);
    private final JdbcPeerStaff peers = new JdbcPeerStaff(db.schema, people);
    private final JdbcSupervisionRelations relations = new JdbcSupervisionRelations(db.schema, people);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anAccountHoldsSeveralRolesAndTheViewerMayOpenTheUnion() {
        Person pat = people.register("Pat", Optional.empty(), Optional.empty());
        accounts.save(pat.id(), Set.of(Role.VOLUNTEER, Role.PEER_STAFF), "1234");

        Account account = accounts.authenticate("Pat", "1234").orElseThrow();
        Viewer viewer = Viewer.staff(account);
        assertThat(viewer.roles()).containsExactlyInAnyOrder(Role.VOLUNTEER, Role.PEER_STAFF);
        assertThat(viewer.mayOpen(Set.of(Role.VOLUNTEER))).isTrue();
        assertThat(viewer.mayOpen(Set.of(Role.PEER_STAFF))).isTrue();
        assertThat(viewer.mayOpen(Set.of(Role.SUPERVISOR))).isFalse();
        assertThat(viewer.mayOpen(Set.of(Role.VISITOR))).isFalse();
        assertThat(accounts.exists(Role.PEER_STAFF)).isTrue();
        assertThat(accounts.exists(Role.SUPERVISOR)).isFalse();

        accounts.changeRoles(pat.id(), Set.of(Role.SUPERVISOR));
        assertThat(accounts.authenticate("Pat", "1234")).map(Account::roles).contains(Set.of(Role.SUPERVISOR));
        assertThatThrownBy(() -> accounts.changeRoles(pat.id(), Set.of())).hasMessage("error.account.role");
        assertThatThrownBy(() -> accounts.changeRoles(pat.id(), Set.of(Role.VISITOR))).hasMessage("error.account.role");
    }

    @Test
    void confirmingThePinCountsWrongOnesTowardsTheLock() {
        Person pat = people.register("Pat", Optional.empty(), Optional.empty());
        accounts.save(pat.id(), Set.of(Role.SUPERVISOR), "1234");
        assertThat(accounts.confirmPin(pat.id(), "1234")).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.confirmPin(pat.id(), "9999")).isFalse();
        }
        assertThat(accounts.confirmPin(pat.id(), "1234")).as("locked").isFalse();
        assertThat(accounts.confirmPin("nobody", "1234")).isFalse();
    }

    @Test
    void aPeerProfileKeepsTheKindAndEveryTraining() {
        Person pat = people.register("Pat", Optional.empty(), Optional.empty());
        List<Training> training = List.of(new Training("Recovery coach academy", LocalDate.of(2025, 5, 2)),
                new Training("Ethics for peers", LocalDate.of(2026, 1, 9)));
        peers.save(new PeerProfile(pat.id(), PeerRole.RECOVERY_ASSOCIATE, training));
        assertThat(peers.profile(pat.id())).hasValueSatisfying(p -> {
            assertThat(p.isCoach()).isFalse();
            assertThat(p.training()).containsExactlyElementsOf(training);
        });
        peers.save(new PeerProfile(pat.id(), PeerRole.RECOVERY_COACH, List.of()));
        assertThat(peers.list()).singleElement().satisfies(p -> assertThat(p.isCoach()).isTrue());
        assertThatThrownBy(() -> new Training(" ", LocalDate.now())).hasMessage("error.training.name");
        peers.remove(pat.id());
        assertThat(peers.profile(pat.id())).isEmpty();
    }

    @Test
    void onlyThePeopleConcernedAndCoordinatorsReadARelation() {
        Person peer = people.register("Pat", Optional.empty(), Optional.empty());
        Person boss = people.register("Sam", Optional.empty(), Optional.empty());
        Person backup = people.register("Lee", Optional.empty(), Optional.empty());
        Person other = people.register("Max", Optional.empty(), Optional.empty());
        Viewer coordinator = Viewer.staff(Role.COORDINATOR, "c-1", "Dana");
        SupervisionRelation relation = new SupervisionRelation(peer.id(), boss.id(), Optional.of(backup.id()));

        assertThatThrownBy(() -> relations.assign(viewer(boss, Role.SUPERVISOR), relation))
                .isInstanceOf(SecurityException.class);
        relations.assign(coordinator, relation);

        assertThat(relations.of(viewer(peer, Role.PEER_STAFF), peer.id())).contains(relation);
        assertThat(relations.of(viewer(boss, Role.SUPERVISOR), peer.id())).contains(relation);
        assertThat(relations.of(viewer(backup, Role.SUPERVISOR), peer.id())).contains(relation);
        assertThat(relations.of(viewer(other, Role.SUPERVISOR), peer.id())).isEmpty();
        assertThat(relations.of(Viewer.VISITOR, peer.id())).isEmpty();
        assertThat(relations.supervisedBy(viewer(backup, Role.SUPERVISOR), backup.id())).containsExactly(relation);
        assertThat(relations.supervisedBy(viewer(other, Role.SUPERVISOR), boss.id())).isEmpty();
        assertThat(relations.supervisedBy(coordinator, boss.id())).containsExactly(relation);
        assertThatThrownBy(() -> new SupervisionRelation(peer.id(), peer.id(), Optional.empty()))
                .hasMessage("error.supervision.same");

        people.delete(backup.id());
        assertThat(relations.of(coordinator, peer.id())).map(SupervisionRelation::backupId).contains(Optional.empty());
        people.delete(boss.id());
        assertThat(relations.of(coordinator, peer.id())).isEmpty();
    }

    private static Viewer viewer(Person person, Role role) {
        return Viewer.staff(role, person.id(), person.chosenName());
    }
}
