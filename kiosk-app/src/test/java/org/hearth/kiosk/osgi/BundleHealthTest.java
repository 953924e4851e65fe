package org.hearth.kiosk.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;

class BundleHealthTest {

    @Test
    void aStartThatThrewIsToldInPlainWordsWithoutTheExceptionsText() {
        BundleException e = new BundleException("Activator start error in bundle x [7].", BundleException.ACTIVATOR_ERROR,
                new IllegalStateException("secret detail at /home/someone"));
        assertThat(BundleHealth.whyItDidNotStart(e)).isEqualTo("It failed while starting; the log has the details.")
                .doesNotContain("secret", "Exception", "Activator start error");
    }

    @Test
    void unresolvableImportsNameTheMissingPackageOnly() {
        BundleException e = new BundleException("Unable to resolve fixture [7](R 7.0): missing requirement [fixture [7](R 7.0)]"
                + " osgi.wiring.package; (&(osgi.wiring.package=org.nowhere.missing)(version>=1.0.0)(!(version>=2.0.0)))"
                + " Unresolved requirements: [...]", BundleException.RESOLVE_ERROR);
        assertThat(BundleHealth.whyItDidNotStart(e)).isEqualTo("Its imports cannot be resolved: it needs the package"
                + " org.nowhere.missing, which nothing installed offers.");
    }
}
