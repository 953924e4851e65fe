package org.hearth.signin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.hearth.platform.impl.DerbyDatabase;
import org.hearth.testkit.BundleImports;
import org.junit.jupiter.api.Test;

/**
 * The built sign-in and platform bundles import what the kiosk provides as mandatory (a missing package shows at
 * install, "imports cannot be resolved", never as a NoClassDefFoundError when a view opens) and nothing of the host's
 * or of another feature's impl.
 */
class ImportsIT {

    @Test
    void theSignInBundleImportsTheSharedPackagesAsMandatory() {
        Path jar = Path.of(System.getProperty("hearth.bundle.under.test"));
        assertThat(BundleImports.all(jar)).contains("org.hearth.api", "org.hearth.api.ui", "com.vaadin.flow.component",
                "tools.jackson.databind.json");
        BundleImports.check(jar);
    }

    @Test
    void thePlatformBundleImportsTheSharedPackagesAsMandatory() throws URISyntaxException {
        Path jar = Path.of(DerbyDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(jar.toString()).endsWith(".jar");
        assertThat(BundleImports.all(jar)).contains("org.hearth.api", "org.slf4j", "org.osgi.framework");
        BundleImports.check(jar);
        assertThat(BundleImports.optional(jar)).as("only the embedded libraries' own optional packages")
                .doesNotContain("javax.sql", "org.osgi.framework.wiring");
    }
}
