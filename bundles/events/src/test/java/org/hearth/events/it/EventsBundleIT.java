package org.hearth.events.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.hearth.testkit.Screen.all;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.set;
import static org.ops4j.pax.exam.CoreOptions.options;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Locale;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.hearth.api.HearthTopics;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.Offering;
import org.hearth.api.OfferingSource;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.hearth.api.WebEndpoint;
import org.hearth.testkit.HearthOsgi;
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
 * The events bundle in a real Felix with the real platform bundle: DS, migrations, the embedded ical4j (its
 * service files and validation inside OSGi), the coordinator's form and the visitors' RSVP, the offering
 * source for sign-in, and attendance from VISIT_RECORDED through EventAdmin.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EventsBundleIT {

    @Inject
    private BundleContext context;

    @Inject
    @Filter("(hearth.database=main)")
    private DataSource dataSource;

    @Inject
    private EventAdmin eventAdmin;

    @Configuration
    public Option[] config() {
        return options(HearthOsgi.platform(), HearthOsgi.bundleUnderTest());
    }

    @Test
    public void theModulesAreOfferedToVisitorsAndStaffInBothLanguages() throws Exception {
        KioskModule week = module("events");
        assertEquals("Events this week", week.title(Locale.ENGLISH));
        assertEquals("Eventos de la semana", week.title(Locale.forLanguageTag("es")));
        assertTrue(week.audience().contains(Role.VISITOR));
        assertEquals(java.util.Set.of(Role.COORDINATOR), module("events-manage").audience());
        assertFalse(module("events-roster").audience().contains(Role.VISITOR));
        assertEquals(1, count("SELECT COUNT(*) FROM events.schema_history WHERE \"success\" = TRUE AND \"version\" = '1'"));
    }

    @Test
    public void aCoordinatorCreatesAnEventAndAGuestRsvpsAtTheKiosk() throws Exception {
        String title = "Board games " + System.nanoTime();
        Component form = module("events-manage").createView(new Context(Viewer.staff(Role.COORDINATOR, "coordinator-1", "Dana")));
        click(form, "events-new");
        set(form, "event-title", title);
        set(form, "event-capacity", "2");
        click(form, "event-save");
        long id = number("SELECT id FROM events.event WHERE title = '" + title + "'");

        Component week = module("events").createView(new Context(Viewer.VISITOR));
        Button rsvp = all(week).filter(c -> c instanceof Button && c.getId().orElse("").startsWith("rsvp-" + id + "-"))
                .map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("no card for the new event"));
        rsvp.click();
        click(week, "rsvp-party-2");
        click(week, "rsvp-guest-save");
        String confirmation = org.hearth.testkit.Screen.text(week, "rsvp-confirmation");
        assertTrue(confirmation, confirmation.contains("on the list"));
        assertEquals(2, count("SELECT SUM(seats) FROM events.rsvp WHERE event_id = " + id + " AND status = 'CONFIRMED'"
                + " AND person_id IS NULL"));
    }

    @Test
    public void todaysEventsAreOfferedToSignInAndItsVisitsCountAsAttendance() throws Exception {
        String title = "Lunch " + System.nanoTime();
        Component form = module("events-manage").createView(new Context(Viewer.staff(Role.COORDINATOR, "coordinator-1", "Dana")));
        click(form, "events-new");
        set(form, "event-title", title);
        click(form, "event-save");
        long id = number("SELECT id FROM events.event WHERE title = '" + title + "'");
        LocalDate day = LocalDate.parse(text("SELECT CAST(start_day AS CHAR(10)) FROM events.event WHERE id = " + id));

        Offering offered = null;
        for (ServiceReference<OfferingSource> ref : context.getServiceReferences(OfferingSource.class, null)) {
            for (Offering o : context.getService(ref).offerings(day, Locale.ENGLISH)) {
                if (o.title().equals(title)) {
                    offered = o;
                }
            }
        }
        assertNotNull("the new event is offered to sign-in", offered);
        assertEquals("event:" + id + "@" + day, offered.reference());

        java.util.Map<String, Object> props = new java.util.HashMap<>();
        props.put(HearthTopics.PURPOSES, new String[] {"EVENT"});
        props.put(HearthTopics.TIME, java.time.Instant.now().toString());
        props.put(HearthTopics.REFERENCE, offered.reference());
        props.put(HearthTopics.PERSON_ID, "person-1");
        eventAdmin.sendEvent(new Event(HearthTopics.VISIT_RECORDED, props));
        props.remove(HearthTopics.PERSON_ID);
        eventAdmin.sendEvent(new Event(HearthTopics.VISIT_RECORDED, props));
        assertEquals(2, count("SELECT COUNT(*) FROM events.attendance WHERE event_id = " + id));
    }

    @Test
    public void theCalendarFeedIsWrittenByTheEmbeddedIcal4jWithoutPersonalData() throws Exception {
        String title = "Feed test " + System.nanoTime();
        Component form = module("events-manage").createView(new Context(Viewer.staff(Role.COORDINATOR, "coordinator-1", "Dana")));
        click(form, "events-new");
        set(form, "event-title", title);
        click(form, "event-save");
        String ics = serve("/calendar.ics");
        assertTrue(ics, ics.startsWith("BEGIN:VCALENDAR"));
        assertTrue(ics, ics.contains("SUMMARY:" + title));
        assertFalse(ics, ics.contains("coordinator-1") || ics.contains("ORGANIZER") || ics.contains("ATTENDEE"));
        assertTrue(serve("/calendar/month").contains(title));
    }

    private String serve(String path) throws Exception {
        WebEndpoint endpoint = null;
        for (ServiceReference<WebEndpoint> ref : context.getServiceReferences(WebEndpoint.class, null)) {
            if (context.getService(ref).path().equals(path)) {
                endpoint = context.getService(ref);
            }
        }
        assertNotNull("an endpoint for " + path, endpoint);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> "getMethod".equals(m.getName()) ? "GET" : null);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> "getOutputStream".equals(m.getName()) ? out : null);
        endpoint.serve(request, response);
        return body.toString(StandardCharsets.UTF_8);
    }

    private KioskModule module(String id) throws Exception {
        return context.getServiceReferences(KioskModule.class, null).stream().map(context::getService)
                .filter(m -> id.equals(m.id())).findFirst().orElseThrow(() -> new AssertionError("no module " + id));
    }

    private int count(String sql) throws Exception {
        return (int) number(sql);
    }

    private long number(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertTrue("a row for " + sql, rs.next());
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private static final class Context implements ModuleContext {
        private final Viewer viewer;

        Context(Viewer viewer) {
            this.viewer = viewer;
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public Viewer viewer() {
            return viewer;
        }

        @Override
        public void finish() {
        }
    }
}
