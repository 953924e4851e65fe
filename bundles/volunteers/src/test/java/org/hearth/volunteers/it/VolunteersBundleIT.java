package org.hearth.volunteers.it;

import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.text;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import com.vaadin.flow.component.Component;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.hearth.api.Viewer;
import org.hearth.api.WebEndpoint;
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
 * The volunteers bundle in a real Felix with the real platform bundle: DS, its migration, the two modules in
 * both languages, a volunteer picking a shift on their own screen, the embedded ical4j behind the private feed,
 * and a person's deletion at their wish reaching the bundle's rows through EventAdmin.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VolunteersBundleIT {

    @Inject
    private BundleContext context;

    @Inject
    @Filter("(hearth.database=main)")
    private DataSource dataSource;

    @Inject
    private PeopleDirectory people;

    @Inject
    private Accounts accounts;

    @Configuration
    public Option[] config() {
        return options(HearthOsgi.platform(), HearthOsgi.bundleUnderTest());
    }

    @Test
    public void theModulesAreOfferedToVolunteersAndTheCoordinatorInBothLanguages() throws Exception {
        KioskModule mine = HearthOsgi.module(context, "volunteers");
        assertEquals("My shifts", mine.title(Locale.ENGLISH));
        assertEquals("Mis turnos", mine.title(Locale.forLanguageTag("es")));
        assertEquals(Set.of(Role.VOLUNTEER, Role.PEER_STAFF), mine.audience());
        assertEquals(Set.of(Role.COORDINATOR), HearthOsgi.module(context, "volunteers-schedule").audience());
        assertEquals(1, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM volunteers.schema_history WHERE \"success\" = TRUE"
                + " AND \"version\" = '1'"));
    }

    @Test
    public void aVolunteerPicksAShiftAndFindsItInTheirPrivateFeedUntilTheyAreDeleted() throws Exception {
        String ana = people.register("Ana " + System.nanoTime(), Optional.empty(), Optional.empty()).id();
        accounts.save(ana, EnumSet.of(Role.VOLUNTEER), "4321");
        long shift = insertShift(LocalDate.now().plusDays(5));
        Component view = HearthOsgi.module(context, "volunteers").createView(TestContext.of(Viewer.staff(Role.VOLUNTEER, ana, "Ana")));
        click(view, "my-pick-" + shift);
        assertEquals("It's yours. Thank you!", text(view, "my-message"));
        click(view, "my-calendar-show");
        String link = text(view, "my-calendar-link");
        String key = link.substring(link.indexOf("key=") + 4);

        WebEndpoint feed = context.getServiceReferences(WebEndpoint.class, null).stream().map(context::getService)
                .filter(e -> e.path().equals("/volunteers/calendar.ics")).findFirst().orElseThrow();
        String ics = serve(feed, key);
        assertTrue(ics, ics.startsWith("BEGIN:VCALENDAR") && ics.contains("UID:shift-" + shift + "@hearth"));
        assertFalse("no names in the feed", ics.contains("Ana"));

        assertEquals("404 for a wrong key", "404", serve(feed, "0123456789abcdef0123456789abcdef"));
        people.delete(ana);
        assertEquals(0, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM volunteers.assignment WHERE person_id = '" + ana + "'"));
        assertEquals(0, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM volunteers.calendar_link WHERE token = '" + key + "'"));
    }

    /** The feed's body for a key; "404" when the endpoint answers not found. */
    private static String serve(WebEndpoint feed, String key) throws Exception {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        jakarta.servlet.ServletOutputStream out = new jakarta.servlet.ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(jakarta.servlet.WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        String[] status = {""};
        ClassLoader loader = VolunteersBundleIT.class.getClassLoader();
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy
                .newProxyInstance(loader, new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class}, (p, m, a) ->
                        switch (m.getName()) {
                            case "getMethod" -> "GET";
                            case "getParameter" -> "key".equals(a[0]) ? key : null;
                            default -> null;
                        });
        jakarta.servlet.http.HttpServletResponse response = (jakarta.servlet.http.HttpServletResponse) java.lang.reflect.Proxy
                .newProxyInstance(loader, new Class<?>[] {jakarta.servlet.http.HttpServletResponse.class}, (p, m, a) -> {
                    if ("sendError".equals(m.getName())) {
                        status[0] = String.valueOf(a[0]);
                    }
                    return "getOutputStream".equals(m.getName()) ? out : null;
                });
        feed.serve(request, response);
        return status[0].isEmpty() ? body.toString(java.nio.charset.StandardCharsets.UTF_8) : status[0];
    }

    private long insertShift(LocalDate day) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO"
                + " volunteers.shift (shift_day, role_code, starts_at, ends_at, min_people, wanted_people, max_people, center_id)"
                + " VALUES (?, 'kitchen', ?, ?, 1, 1, 2, 'main')", new String[] {"ID"})) {
            s.setDate(1, java.sql.Date.valueOf(day));
            s.setTimestamp(2, java.sql.Timestamp.valueOf(day.atTime(11, 0)));
            s.setTimestamp(3, java.sql.Timestamp.valueOf(day.atTime(14, 0)));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                assertTrue(keys.next());
                return keys.getLong(1);
            }
        }
    }



}
