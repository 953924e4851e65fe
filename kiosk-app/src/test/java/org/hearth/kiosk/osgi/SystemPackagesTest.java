package org.hearth.kiosk.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SystemPackagesTest {

    @Test
    void clausesAreSplitOnCommasOutsideQuotes() {
        assertThat(SystemPackages.splitClauses("a;version=\"1.0\",b;uses:=\"x,y\";version=\"2.0\",c"))
                .containsExactly("a;version=\"1.0\"", "b;uses:=\"x,y\";version=\"2.0\"", "c");
    }

    @Test
    void onlySharedPackagesAreExportedWithTheirVersions() {
        TreeMap<String, String> exports = new TreeMap<>();
        SystemPackages.addShared("com.vaadin.flow.component;uses:=\"a,b\";version=\"25.2.6\","
                + "com.vaadinx.other;version=\"1\",org.slf4j;version=\"2.0.17\",org.example;version=\"1\"", exports);
        assertThat(exports).containsExactly(
                java.util.Map.entry("com.vaadin.flow.component", "25.2.6"),
                java.util.Map.entry("org.slf4j", "2.0.17"));
    }

    @Test
    void theHostClasspathExportsTheApiVaadinJdbiAndTheComponentApi() {
        String extra = SystemPackages.compute(SystemPackages.class.getClassLoader());
        assertThat(extra).contains("org.hearth.api;version=\"1.2.0\"", "org.jdbi.v3.core;version=\"3.55.0\"",
                "com.vaadin.flow.component;version=\"25.2.6\"", "org.osgi.service.component;version=\"1.5");
        assertThat(extra).doesNotContain("org.hearth.kiosk", "org.eclipse.jetty", "ch.qos.logback");
    }

    @Test
    void mavenVersionsBecomeOsgiVersions() {
        assertThat(SystemPackages.osgiVersion("3.55.0")).isEqualTo("3.55.0");
        assertThat(SystemPackages.osgiVersion("2.0")).isEqualTo("2.0.0");
        assertThat(SystemPackages.osgiVersion("1.2.3-SNAPSHOT")).isEqualTo("1.2.3");
        assertThat(SystemPackages.osgiVersion(null)).isNull();
    }
}
