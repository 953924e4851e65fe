package org.hearth.kiosk.osgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.apache.felix.framework.Felix;
import org.hearth.kiosk.osgi.fixture.RecordingActivator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/** A drop-in refused for its signature never runs, even when something other than the host starts it. */
class DropInGuardTest {

    @TempDir
    Path home;
    private Felix felix;
    private BundleContext context;
    private Path deploy;
    private DropInStarter dropIns;

    @BeforeEach
    void start() throws Exception {
        deploy = Files.createDirectories(home.resolve("deploy"));
        felix = new Felix(Map.of(Constants.FRAMEWORK_STORAGE, home.resolve("cache").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        felix.start();
        context = felix.getBundleContext();
        // a certificate file that is no certificate: signatures required, nobody trusted, every drop-in refused
        Path signers = Files.createDirectories(home.resolve("config/trusted-signers"));
        Files.writeString(signers.resolve("center.pem"), "-----BEGIN CERTIFICATE-----\nnone\n-----END CERTIFICATE-----\n");
        dropIns = new DropInStarter(context, deploy, Duration.ofSeconds(5), new DropInSignatures(signers)).open();
        System.clearProperty(RecordingActivator.RAN);
    }

    @AfterEach
    void stop() throws Exception {
        dropIns.close();
        felix.stop();
        felix.waitForStop(10_000);
        System.clearProperty(RecordingActivator.RAN);
    }

    @Test
    void aRefusedDropInStartedByTheFrameworkRunsNoCodeAndDoesNotStayStarted() throws Exception {
        Path jar = activatorBundle(deploy.resolve("recording.jar"));
        Bundle bundle = context.installBundle(jar.toUri().toString());
        assertThat(dropIns.errorFor(bundle)).contains("not signed");

        // as Felix itself does for a running bundle updated in place
        assertThatThrownBy(() -> bundle.start(Bundle.START_TRANSIENT)).isInstanceOf(BundleException.class);

        Thread.sleep(2500); // past the starter's wait for a refresh: it does not start it either
        assertThat(System.getProperty(RecordingActivator.RAN)).isNull();
        assertThat(bundle.getState()).isNotEqualTo(Bundle.ACTIVE);
        assertThat(dropIns.errorFor(bundle)).contains("not signed");
    }

    @Test
    void aRefusedDropInWithoutAnActivatorStartedByTheFrameworkIsStoppedAgain() throws Exception {
        Manifest manifest = manifest("org.example.plain");
        Path jar = deploy.resolve("plain.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.finish();
        }
        Bundle bundle = context.installBundle(jar.toUri().toString());

        bundle.start(Bundle.START_TRANSIENT);

        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (bundle.getState() == Bundle.ACTIVE && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(bundle.getState()).isNotEqualTo(Bundle.ACTIVE);
    }

    private static Path activatorBundle(Path jar) throws IOException {
        Manifest manifest = manifest("org.example.recording");
        manifest.getMainAttributes().putValue(Constants.BUNDLE_ACTIVATOR, RecordingActivator.class.getName());
        manifest.getMainAttributes().putValue(Constants.IMPORT_PACKAGE, "org.osgi.framework");
        String entry = RecordingActivator.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                InputStream in = RecordingActivator.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo((OutputStream) out);
            out.closeEntry();
        }
        return jar;
    }

    private static Manifest manifest(String symbolicName) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        manifest.getMainAttributes().putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        manifest.getMainAttributes().putValue(Constants.BUNDLE_VERSION, "1.0.0");
        return manifest;
    }
}
