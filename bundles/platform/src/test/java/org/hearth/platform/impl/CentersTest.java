package org.hearth.platform.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import org.hearth.api.Center;
import org.hearth.api.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two centers on one database: a person is found only where they registered or chose to be known, keeps one record
 * across both, and is merged and deleted everywhere at once.
 */
@Tag("database")
class CentersTest {

    private final Clock clock = Clock.systemUTC();
    private final PlatformDatabase db = new PlatformDatabase();
    private final PlatformCenters north = new PlatformCenters(db.schema, clock, new Center("north", "North Star"));
    private final PlatformCenters south = new PlatformCenters(db.schema, clock, new Center("south", "South Side"));
    private final JdbcPeopleDirectory atNorth = new JdbcPeopleDirectory(db.schema, clock, north);
    private final JdbcPeopleDirectory atSouth = new JdbcPeopleDirectory(db.schema, clock, south);

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aMemberIsFoundOnlyWhereTheyAreKnownUntilTheyChooseAnotherCenter() {
        Person ana = atNorth.register("Ana", Optional.of("R"), Optional.empty());
        atNorth.assignKeyTag(ana.id(), Optional.of("5001"));

        assertThat(atNorth.findByNamePrefix("An", 5)).extracting(Person::id).containsExactly(ana.id());
        assertThat(atSouth.findByNamePrefix("An", 5)).isEmpty();
        assertThat(atSouth.findByNamePart("na", 5)).isEmpty();
        assertThat(atSouth.findByKeyTag("5001")).isEmpty();
        assertThat(atSouth.find(ana.id())).as("one record, found by id anywhere").isPresent();
        assertThat(north.elsewhereByKeyTag("5001")).as("known at north already").isEmpty();
        assertThat(south.elsewhereByKeyTag("5001")).map(Person::id).contains(ana.id());

        south.knowHere(ana.id());
        south.knowHere(ana.id());

        assertThat(atSouth.findByNamePrefix("An", 5)).extracting(Person::id).containsExactly(ana.id());
        assertThat(atSouth.findByKeyTag("5001")).map(Person::id).contains(ana.id());
        assertThat(south.elsewhereByKeyTag("5001")).isEmpty();
        assertThat(south.centersOf(ana.id())).extracting(Center::name).containsExactly("North Star", "South Side");
        assertThat(north.all()).extracting(Center::id).containsExactly("north", "south");
    }

    @Test
    void aKeyTagStaysOnePersonsAcrossTheNetwork() {
        Person ana = atNorth.register("Ana", Optional.empty(), Optional.empty());
        Person bo = atSouth.register("Bo", Optional.empty(), Optional.empty());
        atNorth.assignKeyTag(ana.id(), Optional.of("5001"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> atSouth.assignKeyTag(bo.id(), Optional.of("5001")))
                .hasMessage("error.keytag.taken");
    }

    @Test
    void mergingKeepsEveryCenterOfBothAndDeletingLeavesNoTrace() {
        Person atN = atNorth.register("Cy", Optional.empty(), Optional.empty());
        Person atS = atSouth.register("Cy", Optional.empty(), Optional.empty());

        atNorth.merge(atS.id(), atN.id());

        assertThat(north.centersOf(atN.id())).extracting(Center::id).containsExactly("north", "south");
        assertThat(atSouth.findByNamePrefix("Cy", 5)).extracting(Person::id).containsExactly(atN.id());
        atSouth.delete(atN.id());
        assertThat(north.centersOf(atN.id())).isEmpty();
        int known = db.schema.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM platform.person_center")
                .mapTo(Integer.class).one());
        assertThat(known).isZero();
    }

    @Test
    void peopleKnownAtNoCenterYetAreTakenInByTheNextKioskToStart() {
        db.schema.jdbi().useHandle(h -> h.execute("INSERT INTO platform.person (id, chosen_name, name_key,"
                + " registered_at) VALUES ('from-before', 'Dee', 'dee', CURRENT_TIMESTAMP)"));
        assertThat(atNorth.findByNamePrefix("Dee", 5)).isEmpty();

        PlatformCenters restarted = new PlatformCenters(db.schema, clock, new Center("north", "North Star Center"));

        assertThat(new JdbcPeopleDirectory(db.schema, clock, restarted).findByNamePrefix("Dee", 5)).hasSize(1);
        assertThat(atSouth.findByNamePrefix("Dee", 5)).isEmpty();
        assertThat(restarted.all()).extracting(Center::name).containsExactly("North Star Center", "South Side");
    }
}
