package org.hearth.supervision.it;

import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.set;
import static org.hearth.testkit.Screen.text;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.hearth.api.Accounts;
import org.hearth.api.KioskModule;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;
import org.hearth.api.SchedulingLimit;
import org.hearth.api.SchedulingLimits;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.SupervisionRelations;
import org.hearth.api.Viewer;
import org.hearth.testkit.HearthOsgi;
import org.hearth.testkit.TestContext;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

/**
 * The supervision bundle in a real Felix with the real platform bundle: DS, its migration, the two modules in both
 * languages, a supervisor writing a log entry the peer reads, a plan opened together whose stage of return holds
 * shifts back through the {@link SchedulingLimits} service (no reason), and a deletion at the person's wish
 * reaching the bundle's rows through EventAdmin.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupervisionBundleIT {

    @Inject
    private BundleContext context;

    @Inject
    @Filter("(hearth.database=main)")
    private DataSource dataSource;

    @Inject
    private PeopleDirectory people;

    @Inject
    private Accounts accounts;

    @Inject
    private SupervisionRelations relations;

    @Configuration
    public Option[] config() {
        return options(HearthOsgi.platform(), HearthOsgi.bundleUnderTest());
    }

    @Test
    public void theModulesAreOfferedToSupervisorsAndPeersInBothLanguages() throws Exception {
        KioskModule supervision = HearthOsgi.module(context, "supervision");
        assertEquals("Supervision", supervision.title(Locale.ENGLISH));
        assertEquals("Supervisión", supervision.title(Locale.forLanguageTag("es")));
        assertEquals(Set.of(Role.SUPERVISOR), supervision.audience());
        assertEquals("Mi supervisión", HearthOsgi.module(context, "my-supervision").title(Locale.forLanguageTag("es")));
        assertEquals(Set.of(Role.PEER_STAFF, Role.VOLUNTEER), HearthOsgi.module(context, "my-supervision").audience());
        assertEquals(1, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM supervision.schema_history WHERE \"success\" = TRUE"
                + " AND \"version\" = '1'"));
        assertEquals(8, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM supervision.topic"));
    }

    @Test
    public void aLogIsReadByThePeerAndAPlanTheyOpenTogetherHoldsShiftsBackWithoutAReason() throws Exception {
        String dana = person("Dana", Role.COORDINATOR);
        String sam = person("Sam", Role.SUPERVISOR);
        String pat = person("Pat", Role.PEER_STAFF);
        relations.assign(Viewer.staff(Role.COORDINATOR, dana, "Dana"), new SupervisionRelation(pat, sam, Optional.empty()));
        Component supervisor = HearthOsgi.module(context, "supervision").createView(TestContext.of(Viewer.staff(Role.SUPERVISOR, sam, "Sam")));
        click(supervisor, "sup-write-" + pat);
        set(supervisor, "log-notes", "Boundaries at the front desk.");
        click(supervisor, "log-save");
        assertTrue(text(supervisor, "sup-message").startsWith("The log entry is saved."));
        Component mine = HearthOsgi.module(context, "my-supervision").createView(TestContext.of(Viewer.staff(Role.PEER_STAFF, pat, "Pat")));
        assertTrue(text(mine, "log-panel").contains("Boundaries at the front desk."));

        click(supervisor, "sup-plan-" + pat);
        click(supervisor, "plan-propose");
        set(supervisor, "plan-kind", enumValue("RETURN", supervisor, "plan-kind"));
        set(supervisor, "plan-day", LocalDate.now());
        set(supervisor, "plan-duties", enumValue("NOT_NOW", supervisor, "plan-duties"));
        click(supervisor, "plan-add");
        SchedulingLimits limits = context.getService(context.getServiceReference(SchedulingLimits.class));
        assertEquals(SchedulingLimit.NONE, limits.limitFor(pat));
        click(mine, "my-plan");
        click(mine, "plan-agree");
        assertEquals("The plan is open.", text(mine, "plan-message"));
        assertEquals(SchedulingLimit.NOT_NOW, limits.limitFor(pat));

        people.delete(pat);
        assertEquals(0, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM supervision.log_entry WHERE supervisee_id = '" + pat + "'"));
        assertEquals(0, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM supervision.plan WHERE peer_id = '" + pat + "'"));
        assertEquals(SchedulingLimit.NONE, limits.limitFor(pat));
        assertFalse(text(supervisor, "plan-panel").isEmpty());
    }

    /** The value of an enum-typed select on screen, by name (the enum is private to the bundle). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(String name, Component root, String id) {
        var select = (com.vaadin.flow.component.select.Select) org.hearth.testkit.Screen.get(root, id);
        return select.getListDataView().getItems().filter(v -> v.toString().equals(name)).findFirst().orElseThrow();
    }

    private String person(String name, Role role) {
        String id = people.register(name + " " + System.nanoTime(), Optional.empty(), Optional.empty()).id();
        accounts.save(id, EnumSet.of(role), "4321");
        return id;
    }



}
