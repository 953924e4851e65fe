package org.hearth.platform.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.api.HearthTopics;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Deleting and merging people tells every feature, synchronously, before the record goes. */
@Tag("database")
class PersonLifecycleTest {

    private final PlatformDatabase db = new PlatformDatabase();
    private final JdbcPeopleDirectory people = db.people(Clock.systemUTC());
    private final JdbcSupervisionRelations relations = new JdbcSupervisionRelations(db.schema, people);
    private final List<String> heard = new ArrayList<>();

    PersonLifecycleTest() {
        people.events = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                throw new AssertionError("must be sent synchronously");
            }

            @Override
            public void sendEvent(Event event) {
                String id = (String) event.getProperty(HearthTopics.PERSON_ID);
                // a feature's handler still finds the person while it forgets its own rows
                assertThat(people.find(id)).isPresent();
                heard.add(event.getTopic() + " " + id + " " + event.getProperty(HearthTopics.MERGED_ID));
            }
        };
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDeletionIsAnnouncedThenTheRecordGoes() {
        Person kai = people.register("Kai", Optional.empty(), Optional.empty());
        people.delete(kai.id());
        assertThat(heard).containsExactly(HearthTopics.PERSON_DELETED + " " + kai.id() + " null");
        assertThat(people.find(kai.id())).isEmpty();
    }

    @Test
    void aMergeIsAnnouncedAndTheKeyTagAndSupervisionMoveToTheKeptRecord() {
        Person keep = people.register("Jo", Optional.empty(), Optional.empty());
        Person twin = people.register("Jo", Optional.empty(), Optional.empty());
        Person boss = people.register("Sam", Optional.empty(), Optional.empty());
        people.assignKeyTag(twin.id(), Optional.of("K-9"));
        Viewer coordinator = Viewer.staff(Role.COORDINATOR, "c-1", "Dana");
        relations.assign(coordinator, new SupervisionRelation(twin.id(), boss.id(), Optional.empty()));

        people.merge(twin.id(), keep.id());

        assertThat(heard).containsExactly(HearthTopics.PERSON_MERGED + " " + keep.id() + " " + twin.id());
        assertThat(people.find(twin.id())).isEmpty();
        assertThat(people.findByKeyTag("K-9")).map(Person::id).contains(keep.id());
        assertThat(relations.of(coordinator, keep.id())).map(SupervisionRelation::supervisorId).contains(boss.id());
        assertThatThrownBy(() -> people.merge(keep.id(), keep.id())).hasMessage("error.merge.same");
        assertThatThrownBy(() -> people.merge("nobody", keep.id())).hasMessage("error.person.unknown");
    }
}
