package org.hearth.console.it;

import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.text;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.inject.Inject;
import org.hearth.api.CountBoard;
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
import org.osgi.framework.BundleContext;

/**
 * The console bundle in a real Felix with the real platform bundle and the real sign-in bundle: its embedded
 * JFreeChart, JFreeSVG, OpenPDF and Commons CSV resolve, both modules are offered to coordinators in both languages,
 * and an anonymous visit counted at the sign-in screen reaches the dashboard and the funder report through the
 * platform's count board.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleBundleIT {

    private static final Viewer DANA = Viewer.staff(Role.COORDINATOR, "dana", "Dana");

    @Inject
    private BundleContext context;

    @Inject
    private CountBoard board;

    @Configuration
    public Option[] config() throws IOException {
        return options(HearthOsgi.platform(), systemProperty("java.awt.headless").value("true"),
                bundle(jarOf("org.hearth.signin")), HearthOsgi.bundleUnderTest());
    }

    @Test
    public void bothModulesAreOfferedToCoordinatorsInBothLanguages() throws Exception {
        assertEquals("Dashboard", HearthOsgi.module(context, "dashboard").title(Locale.ENGLISH));
        assertEquals("Panel", HearthOsgi.module(context, "dashboard").title(Locale.forLanguageTag("es")));
        assertEquals("Funder report", HearthOsgi.module(context, "funder-report").title(Locale.ENGLISH));
        assertEquals("Informe para financiadores",
                HearthOsgi.module(context, "funder-report").title(Locale.forLanguageTag("es")));
        assertEquals(Set.of(Role.COORDINATOR), HearthOsgi.module(context, "dashboard").audience());
        assertEquals(Set.of(Role.COORDINATOR), HearthOsgi.module(context, "funder-report").audience());
    }

    @Test
    public void aVisitCountedAtSignInReachesTheDashboardWithItsChart() throws Exception {
        Component signIn = HearthOsgi.module(context, "signin").createView(TestContext.of(Viewer.VISITOR));
        click(signIn, "purpose-group");
        click(signIn, "signin-count");
        assertTrue(board.measures(Locale.ENGLISH).stream().anyMatch(m -> m.id().equals("signin.visits")));
        Component dashboard = HearthOsgi.module(context, "dashboard").createView(new TestContext(DANA, Locale.ENGLISH));
        String glance = text(dashboard, "glance-signin");
        assertTrue(glance, glance.contains("Visits") && glance.contains("Today"));
        String svg = org.hearth.testkit.Screen.get(dashboard, "dashboard-trend").getElement().getProperty("innerHTML");
        assertTrue(svg, svg.startsWith("<svg role=\"img\" aria-label=\"Visits, each month from"));
        Component spanish = HearthOsgi.module(context, "dashboard")
                .createView(new TestContext(DANA, Locale.forLanguageTag("es")));
        assertTrue(text(spanish, "glance-signin").contains("Hoy"));
    }

    @Test
    public void theFunderReportShowsTheSignInFiguresWithTheNotice() throws Exception {
        Component report = HearthOsgi.module(context, "funder-report").createView(new TestContext(DANA, Locale.ENGLISH));
        assertTrue(text(report, "report-notice").startsWith("These figures come from confidential records"));
        String table = text(report, "report-table");
        assertTrue(table, table.contains("Visits") && table.contains("All kinds of support"));
    }

    /** The bundle jar on the test classpath with this symbolic name, as a {@code file:} URL. */
    private static String jarOf(String symbolicName) throws IOException {
        for (URL url : Collections.list(ConsoleBundleIT.class.getClassLoader().getResources(JarFile.MANIFEST_NAME))) {
            try (InputStream in = url.openStream()) {
                String name = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
                String external = url.toExternalForm();
                if (name != null && name.split(";")[0].strip().equals(symbolicName) && external.startsWith("jar:file:")) {
                    return external.substring("jar:".length(), external.indexOf("!/"));
                }
            }
        }
        throw new IllegalStateException(symbolicName + " is not on the test classpath");
    }
}
