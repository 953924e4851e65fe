package org.hearth.example.noticeboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hearth.testkit.BundleImports;
import org.junit.jupiter.api.Test;

/**
 * The built example keeps the rules every bundle keeps: the API and Vaadin imported as mandatory, nothing of the
 * host's or of a feature's impl. Copy this test into your own bundle (with the Failsafe setting in this pom).
 */
class ImportsIT {

    @Test
    void theNoticeBoardImportsOnlyWhatABundleMay() {
        Path jar = Path.of(System.getProperty("hearth.bundle.under.test"));
        assertThat(BundleImports.all(jar)).contains("org.hearth.api", "com.vaadin.flow.component");
        BundleImports.check(jar);
    }
}
