package org.hearth.example.noticeboard.it;

import static org.hearth.testkit.Screen.allText;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.Locale;
import java.util.Set;
import javax.inject.Inject;
import javax.sql.DataSource;
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

/** The notice board in a real Felix with the real platform: DS, its migration, both tiles in both languages. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NoticeboardBundleIT {

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
    public void theBoardAndThePostingAreOfferedToTheirAudiencesInBothLanguages() throws Exception {
        assertEquals("Notice board", HearthOsgi.module(context, "noticeboard").title(Locale.ENGLISH));
        assertEquals("Publicar un anuncio",
                HearthOsgi.module(context, "noticeboard-post").title(Locale.forLanguageTag("es")));
        assertEquals(Set.of(Role.VISITOR), HearthOsgi.module(context, "noticeboard").audience());
        assertEquals(Set.of(Role.PEER_STAFF, Role.COORDINATOR), HearthOsgi.module(context, "noticeboard-post").audience());
        assertEquals(1, HearthOsgi.number(dataSource, "SELECT COUNT(*) FROM noticeboard.schema_history"
                + " WHERE \"success\" = TRUE AND \"version\" = '1'"));
        assertTrue(allText(HearthOsgi.module(context, "noticeboard").createView(TestContext.of(Viewer.VISITOR)))
                .contains("No notices today."));
    }
}
