package org.hearth.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import rules on a jar's manifest: the host and another feature's impl are refused, published APIs are not. */
class BundleImportsTest {

    @TempDir
    Path dir;

    @Test
    void theHostTheTestKitAndAnotherFeaturesImplAreRefused() throws IOException {
        Path jar = jar("org.hearth.signin", "org.hearth.api;version=\"[1.1,2)\",org.hearth.api.ui,"
                + "org.hearth.signin.spi,org.hearth.events.api;version=\"[1.0,2)\",org.hearth.kiosk,"
                + "org.hearth.kiosk.ui,org.hearth.events.impl,org.hearth.testkit,com.vaadin.flow.component");
        assertThat(BundleImports.forbidden(jar)).containsExactly("org.hearth.kiosk", "org.hearth.kiosk.ui",
                "org.hearth.events.impl", "org.hearth.testkit");
        assertThatThrownBy(() -> BundleImports.check(jar)).hasMessageContaining("imports org.hearth.events.impl")
                .hasMessageContaining("never the host (org.hearth.kiosk.*)");
    }

    @Test
    void aBundleThatKeepsTheRulesPasses() throws IOException {
        Path jar = jar("org.hearth.events", "org.hearth.api,org.hearth.signin.api,com.vaadin.flow.component,"
                + "org.apache.commons.lang3;resolution:=optional");
        assertThat(BundleImports.forbidden(jar)).isEmpty();
        BundleImports.check(jar);
        Path optional = jar("org.hearth.events", "org.hearth.api;resolution:=optional");
        assertThatThrownBy(() -> BundleImports.check(optional)).hasMessageContaining("optionally");
    }

    private Path jar(String symbolicName, String imports) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        manifest.getMainAttributes().putValue("Import-Package", imports);
        Path jar = Files.createTempFile(dir, "bundle", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
