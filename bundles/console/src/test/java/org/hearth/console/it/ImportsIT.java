package org.hearth.console.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hearth.testkit.BundleImports;
import org.junit.jupiter.api.Test;

/**
 * The built bundle imports the kiosk's shared packages as mandatory (a missing one shows at install as "cannot be
 * resolved", never as a NoClassDefFoundError when a view opens) and nothing of the host's or another feature's impl;
 * its embedded libraries' optional extras (PDF signing, ICU, FOP, servlets) stay optional.
 */
class ImportsIT {

    @Test
    void theConsoleBundleImportsTheSharedPackagesAsMandatory() {
        Path jar = Path.of(System.getProperty("hearth.bundle.under.test"));
        assertThat(BundleImports.all(jar)).contains("org.hearth.api", "org.hearth.api.ui", "javax.swing.event")
                .doesNotContain("org.jfree.chart", "org.apache.commons.csv", "com.lowagie.text");
        assertThat(BundleImports.optional(jar)).contains("org.bouncycastle.asn1", "javax.servlet");
        BundleImports.check(jar);
    }
}
