package ${package}.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hearth.testkit.BundleImports;
import org.junit.jupiter.api.Test;

/** The built jar imports what a bundle may: the API and Vaadin as mandatory, nothing of the kiosk's host. */
class ImportsIT {

    @Test
    void theBundleImportsOnlyWhatABundleMay() {
        Path jar = Path.of(System.getProperty("hearth.bundle.under.test"));
        assertThat(BundleImports.all(jar)).contains("org.hearth.api", "com.vaadin.flow.component");
        BundleImports.check(jar);
    }
}
