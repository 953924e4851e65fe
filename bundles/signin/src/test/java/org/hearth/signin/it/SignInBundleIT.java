package org.hearth.signin.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.find;
import static org.hearth.testkit.Screen.set;
import static org.ops4j.pax.exam.CoreOptions.options;

import com.vaadin.flow.component.Component;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.hearth.api.HearthTopics;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.hearth.testkit.HearthOsgi;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.ops4j.pax.exam.util.Filter;

/** The sign-in bundle in a real Felix with the real platform bundle: DS, migrations, JDBI, EventAdmin. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SignInBundleIT {

    @Inject
    private BundleContext context;

    @Inject
    @Filter("(hearth.database=main)")
    private DataSource dataSource;

    @Configuration
    public Option[] config() {
        return options(HearthOsgi.platform(), HearthOsgi.bundleUnderTest());
    }

    @Test
    public void theSignInModuleIsOfferedToVisitors() throws Exception {
        KioskModule module = signIn();
        assertEquals("org.hearth.signin", context.getServiceReferences(KioskModule.class, "(objectClass=*)")
                .stream().filter(r -> context.getService(r) == module).findFirst().orElseThrow()
                .getBundle().getSymbolicName());
        assertEquals("Sign in", module.title(Locale.ENGLISH));
        assertEquals("Registrarse", module.title(Locale.forLanguageTag("es")));
        assertTrue(module.audience().contains(org.hearth.api.Role.VISITOR));
    }

    @Test
    public void anAnonymousCountIsSavedInTheBundlesOwnSchemaAndAnnounced() throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, HearthTopics.VISIT_RECORDED);
        var registration = context.registerService(EventHandler.class, events::add, props);
        KioskModule module = signIn();
        int before = count("SELECT COUNT(*) FROM signin.visit WHERE person_id IS NULL");

        Component view = module.createView(new VisitorContext());
        click(view, "purpose-group");
        click(view, "signin-count");

        assertEquals(before + 1, count("SELECT COUNT(*) FROM signin.visit WHERE person_id IS NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM signin.visit_purpose WHERE purpose = 'GROUP'"
                + " AND visit_id = (SELECT MAX(id) FROM signin.visit)"));
        Event event = events.poll(5, TimeUnit.SECONDS);
        assertNotNull("a VISIT_RECORDED event", event);
        assertEquals(null, event.getProperty(HearthTopics.PERSON_ID));
        assertEquals("GROUP", ((String[]) event.getProperty(HearthTopics.PURPOSES))[0]);
        registration.unregister();
    }

    @Test
    public void theSchemaHasItsOwnMigrationHistory() throws Exception {
        signIn();
        assertEquals(5, count("SELECT COUNT(*) FROM signin.schema_history WHERE \"success\" = TRUE"
                + " AND \"version\" IN ('1', '2', '3', '4', '5')"));
    }

    @Test
    public void aReturningMemberSignsInByTypedNameAndTheVisitIsAnnouncedWithTheirId() throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, HearthTopics.VISIT_RECORDED);
        var registration = context.registerService(EventHandler.class, events::add, props);
        PeopleDirectory people = context.getService(context.getServiceReference(PeopleDirectory.class));
        Person zara = people.register("Zaragoza", Optional.of("Q"), Optional.empty());
        KioskModule module = signIn();
        assertTrue(module.acceptsScans());

        Component view = module.createView(new VisitorContext());
        set(view, "signin-name", "Za");
        assertFalse("two letters show nobody", find(view, "signin-match-0").isPresent());
        set(view, "signin-name", "Zar");
        assertEquals("Zar\u2022\u2022 Q.", find(view, "signin-match-0").orElseThrow().getElement().getText());
        click(view, "signin-match-0");
        click(view, "purpose-peer_coach");
        click(view, "signin-submit");

        assertTrue(find(view, "signin-confirmation").isPresent());
        Event event = events.poll(5, TimeUnit.SECONDS);
        assertNotNull("a VISIT_RECORDED event", event);
        assertEquals(zara.id(), event.getProperty(HearthTopics.PERSON_ID));
        assertEquals("PEER_COACH", ((String[]) event.getProperty(HearthTopics.PURPOSES))[0]);
        registration.unregister();
    }

    @Test
    public void anUnknownScannedCodeGetsAKindMessage() throws Exception {
        Component view = signIn().createView(new VisitorContext(Optional.of("no-such-tag")));
        assertTrue(find(view, "signin-message").orElseThrow().getElement().getText().contains("couldn't find"));
    }

    @Test
    public void aTalkRequestShowsOnTheStaffTodayTile() throws Exception {
        KioskModule today = module("signin-today");
        Viewer staff = Viewer.staff(Role.PEER_STAFF, "staff-1", "Dana");
        assertEquals(Set.of(Role.PEER_STAFF, Role.SUPERVISOR, Role.COORDINATOR), today.audience());
        int before = count("SELECT COUNT(*) FROM signin.talk_request WHERE answered_at IS NULL");

        Component view = signIn().createView(new VisitorContext());
        click(view, "signin-talk");
        click(view, "talk-send");

        assertEquals(before + 1, count("SELECT COUNT(*) FROM signin.talk_request WHERE answered_at IS NULL"));
        assertTrue(today.notice(Locale.ENGLISH, staff).orElseThrow().contains("would like to talk"));
        assertEquals(Optional.empty(), today.notice(Locale.ENGLISH, Viewer.VISITOR));
    }

    @Test
    public void theStaffModulesAreOfferedOnlyToStaffRoles() throws Exception {
        assertEquals(Set.of(Role.PEER_STAFF, Role.COORDINATOR), module("signin-members").audience());
        assertEquals(Set.of(Role.SUPERVISOR, Role.COORDINATOR), module("signin-counts").audience());
        assertEquals("Miembros", module("signin-members").title(Locale.forLanguageTag("es")));
    }

    private KioskModule signIn() throws Exception {
        return module("signin");
    }

    private KioskModule module(String id) throws Exception {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            Collection<ServiceReference<KioskModule>> refs = context.getServiceReferences(KioskModule.class, null);
            Optional<KioskModule> found = refs.stream().map(context::getService).filter(m -> id.equals(m.id())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no module " + id);
    }

    private int count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static final class VisitorContext implements ModuleContext {
        private final Optional<String> scan;

        VisitorContext() {
            this(Optional.empty());
        }

        VisitorContext(Optional<String> scan) {
            this.scan = scan;
        }

        @Override
        public Optional<String> scannedCode() {
            return scan;
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public Viewer viewer() {
            return Viewer.VISITOR;
        }

        @Override
        public void finish() {
        }
    }
}
