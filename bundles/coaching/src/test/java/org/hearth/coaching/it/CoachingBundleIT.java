package org.hearth.coaching.it;

import static org.hearth.testkit.Screen.allText;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import com.vaadin.flow.component.Component;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.hearth.api.CountSource;
import org.hearth.api.Period;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;
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
import org.osgi.framework.ServiceReference;

/**
 * The coaching bundle in a real Felix with the real platform bundle: DS, its migration, the four modules in both
 * languages and for their roles, its counts offered to the count board, and a member's deletion at their wish
 * reaching its rows through EventAdmin.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoachingBundleIT {

    @Inject
    private BundleContext context;

    @Inject
    @Filter("(hearth.database=main)")
    private DataSource dataSource;

    @Inject
    private PeopleDirectory people;

    @Configuration
    public Option[] config() {
        return options(HearthOsgi.platform(), HearthOsgi.bundleUnderTest());
    }

    @Test
    public void theModulesAreOfferedInBothLanguagesToTheirRoles() throws Exception {
        assertEquals("My recovery plan", HearthOsgi.module(context, "coaching-mine").title(Locale.ENGLISH));
        assertEquals("Acompañamiento", HearthOsgi.module(context, "coaching").title(Locale.forLanguageTag("es")));
        assertEquals(Set.of(Role.VISITOR), HearthOsgi.module(context, "coaching-mine").audience());
        assertEquals(Set.of(Role.PEER_STAFF, Role.SUPERVISOR), HearthOsgi.module(context, "coaching").audience());
        assertEquals(Set.of(Role.VOLUNTEER), HearthOsgi.module(context, "coaching-calls").audience());
        assertEquals(Set.of(Role.PEER_STAFF, Role.COORDINATOR), HearthOsgi.module(context, "coaching-resources").audience());
        assertEquals(1, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM coaching.schema_history WHERE \"success\" = TRUE"
                + " AND \"version\" = '1'"));
        Component mine = HearthOsgi.module(context, "coaching-mine").createView(TestContext.of(Viewer.VISITOR));
        assertTrue(allText(mine).contains("Your plan is yours"));
    }

    @Test
    public void countsAreOfferedAndADeletedMemberLeavesNoRows() throws Exception {
        boolean offered = false;
        for (ServiceReference<CountSource> ref : context.getServiceReferences(CountSource.class, null)) {
            CountSource source = context.getService(ref);
            if (source.measures(Locale.ENGLISH).stream().anyMatch(m -> m.id().equals("coaching.contacts"))) {
                offered = true;
                assertFalse(source.count("coaching.contacts", LocalDate.now(), LocalDate.now(), Period.MONTH).isEmpty());
            }
        }
        assertTrue("coaching counts offered", offered);
        String ana = people.register("Ana " + System.nanoTime(), Optional.empty(), Optional.empty()).id();
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("INSERT INTO coaching.pairing (member_id, coach_id, started_on)"
                    + " VALUES ('" + ana + "', 'coach', CURRENT_DATE)");
        }
        people.delete(ana);
        assertEquals(0, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM coaching.pairing WHERE member_id = '" + ana + "'"));
    }



}
