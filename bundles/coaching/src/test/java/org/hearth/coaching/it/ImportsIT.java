package org.hearth.coaching.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hearth.testkit.BundleImports;
import org.junit.jupiter.api.Test;

/**
 * The built bundle imports the kiosk's shared packages as mandatory (a missing one shows at install as "cannot be
 * resolved", never as a NoClassDefFoundError when a view opens) and nothing of the host's or another feature's impl.
 */
class ImportsIT {

    @Test
    void theCoachingBundleImportsTheSharedPackagesAsMandatory() {
        Path jar = Path.of(System.getProperty("hearth.bundle.under.test"));
        assertThat(BundleImports.all(jar)).contains("org.hearth.api", "org.hearth.api.ui", "org.hearth.api.data",
                "org.osgi.service.event");
        BundleImports.check(jar);
    }
}
