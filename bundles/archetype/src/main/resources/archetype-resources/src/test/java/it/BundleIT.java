package ${package}.it;

import static org.hearth.testkit.Screen.allText;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.Locale;
import java.util.Set;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.hearth.api.KioskModule;
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

/**
 * The built bundle in a real Felix set up like the kiosk (the test kit's platform): its components start, its
 * schema is migrated, its tile is offered in both languages to its audience.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BundleIT {

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
    public void theTileIsOfferedInBothLanguagesAndItsSchemaIsMigrated() throws Exception {
        KioskModule module = HearthOsgi.module(context, "${moduleId}");
        assertEquals("${title}", module.title(Locale.ENGLISH));
        assertEquals("${titleEs}", module.title(Locale.forLanguageTag("es")));
        assertEquals(Set.of(Role.VISITOR, Role.PEER_STAFF, Role.COORDINATOR), module.audience());
        assertEquals(1, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM ${moduleId}.schema_history"
                + " WHERE \"success\" = TRUE AND \"version\" = '1'"));
        assertTrue(allText(module.createView(TestContext.of(Viewer.VISITOR))).contains("${title}"));
    }
}
