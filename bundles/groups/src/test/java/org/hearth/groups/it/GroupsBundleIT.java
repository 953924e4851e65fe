package org.hearth.groups.it;

import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.set;
import static org.hearth.testkit.Screen.text;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.ops4j.pax.exam.CoreOptions.options;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.hearth.api.HearthTopics;
import org.hearth.api.Offering;
import org.hearth.api.OfferingSource;
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
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The groups bundle in a real Felix with the real platform bundle: DS, its migration, the three modules in both
 * languages, a coordinator's new group offered to sign-in, a visit naming it counted through EventAdmin, and a
 * member's deletion at their wish leaving the count and not the name.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GroupsBundleIT {

    @Inject
    private BundleContext context;

    @Inject
    @Filter("(hearth.database=main)")
    private DataSource dataSource;

    @Inject
    private EventAdmin eventAdmin;

    @Inject
    private PeopleDirectory people;

    @Configuration
    public Option[] config() {
        return options(HearthOsgi.platform(), HearthOsgi.bundleUnderTest());
    }

    @Test
    public void theModulesAreOfferedInBothLanguages() throws Exception {
        assertEquals("Groups this week", HearthOsgi.module(context, "groups").title(Locale.ENGLISH));
        assertEquals("Mis grupos de hoy", HearthOsgi.module(context, "groups-facilitate").title(Locale.forLanguageTag("es")));
        assertEquals(Set.of(Role.PEER_STAFF, Role.VOLUNTEER), HearthOsgi.module(context, "groups-facilitate").audience());
        assertEquals(Set.of(Role.COORDINATOR), HearthOsgi.module(context, "groups-manage").audience());
        assertEquals(1, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM peergroups.schema_history WHERE \"success\" = TRUE"
                + " AND \"version\" = '1'"));
    }

    @Test
    public void aNewGroupIsOfferedToSignInAndAVisitNamingItIsCountedOnce() throws Exception {
        String name = "SMART " + System.nanoTime();
        Component manage = HearthOsgi.module(context, "groups-manage").createView(TestContext.of(Viewer.staff(Role.COORDINATOR, "c-1", "Dana")));
        click(manage, "manage-new");
        set(manage, "group-form-name", name);
        set(manage, "group-form-weekday", LocalDate.now().getDayOfWeek());
        set(manage, "group-form-start", java.time.LocalTime.of(23, 0));
        set(manage, "group-form-end", java.time.LocalTime.of(23, 59));
        click(manage, "group-form-save");
        assertEquals("Saved.", text(manage, "manage-message"));

        Offering offered = null;
        for (ServiceReference<OfferingSource> ref : context.getServiceReferences(OfferingSource.class, null)) {
            for (Offering o : context.getService(ref).offerings(LocalDate.now(), Locale.ENGLISH)) {
                if (o.title().equals(name)) {
                    offered = o;
                }
            }
        }
        assertNotNull("the new group is offered to sign-in", offered);
        String ana = people.register("Ana " + System.nanoTime(), Optional.empty(), Optional.empty()).id();
        visit(offered.reference(), ana);
        visit(offered.reference(), ana);
        visit(offered.reference(), null);
        String session = "(SELECT id FROM peergroups.session WHERE group_id = " + offered.reference()
                .replaceAll("group:(\\d+)@.*", "$1") + ")";
        assertEquals(1, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM peergroups.attendance WHERE session_id = " + session));
        assertEquals(1, HearthOsgi.number(dataSource, "SELECT anonymous FROM peergroups.session WHERE id = " + session));

        people.delete(ana);
        assertEquals(0, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM peergroups.attendance WHERE person_id = '" + ana + "'"));
        assertEquals(2, HearthOsgi.number(dataSource, "SELECT anonymous FROM peergroups.session WHERE id = " + session));
    }

    private void visit(String reference, String personId) {
        Map<String, Object> props = new HashMap<>();
        props.put(HearthTopics.PURPOSES, new String[] {"GROUP"});
        props.put(HearthTopics.TIME, java.time.Instant.now().toString());
        props.put(HearthTopics.REFERENCE, reference);
        if (personId != null) {
            props.put(HearthTopics.PERSON_ID, personId);
        }
        eventAdmin.sendEvent(new Event(HearthTopics.VISIT_RECORDED, props));
    }



}
