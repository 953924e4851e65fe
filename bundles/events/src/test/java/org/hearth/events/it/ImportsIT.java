package org.hearth.events.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hearth.testkit.BundleImports;
import org.junit.jupiter.api.Test;

/**
 * The built events bundle imports what the kiosk provides as mandatory (a missing package shows at install, "imports
 * cannot be resolved", never as a NoClassDefFoundError when a view opens) and nothing of the host's or of another
 * feature's impl.
 */
class ImportsIT {

    @Test
    void theEventsBundleImportsTheSharedPackagesAsMandatory() {
        Path jar = Path.of(System.getProperty("hearth.bundle.under.test"));
        assertThat(BundleImports.all(jar)).contains("org.hearth.api", "org.hearth.api.ui", "jakarta.servlet.http",
                "org.jsoup.nodes");
        BundleImports.check(jar);
    }
}
