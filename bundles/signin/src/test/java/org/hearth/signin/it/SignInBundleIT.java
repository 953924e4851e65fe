package org.hearth.signin.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.hearth.api.HearthTopics;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
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
        assertEquals(1, count("SELECT COUNT(*) FROM signin.schema_history WHERE \"success\" = TRUE AND \"version\" = '1'"));
    }

    private KioskModule signIn() throws Exception {
        Collection<ServiceReference<KioskModule>> refs = context.getServiceReferences(KioskModule.class, null);
        return refs.stream().map(context::getService).filter(m -> "signin".equals(m.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no signin module"));
    }

    private int count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void click(Component root, String id) {
        Button button = descendants(root).filter(c -> c instanceof Button && Optional.of(id).equals(c.getId()))
                .map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("no button " + id));
        button.click();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(SignInBundleIT::descendants));
    }

    private static final class VisitorContext implements ModuleContext {
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
