package org.hearth.kiosk.osgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/** The module manager against a real Felix: uploads land in the drop-in folder whole, after the same checks. */
class ModuleManagerTest {

    @TempDir
    Path home;
    private Felix felix;
    private BundleContext context;
    private Path deploy;
    private Path bundles;
    private ModuleManager manager;
    private DropInStarter dropIns;
    private BundleHealth health;
    private ModuleRegistry modules;

    @BeforeEach
    void start() throws Exception {
        deploy = Files.createDirectories(home.resolve("deploy"));
        bundles = Files.createDirectories(home.resolve("bundles"));
        felix = new Felix(Map.of(Constants.FRAMEWORK_STORAGE, home.resolve("cache").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        felix.start();
        context = felix.getBundleContext();
        ShippedBundles shipped = new ShippedBundles(bundles);
        shipped.markStarted();
        dropIns = new DropInStarter(context, deploy, Duration.ofSeconds(5)).open();
        health = new BundleHealth(context, deploy, dropIns, shipped);
        modules = new ModuleRegistry(context);
        modules.open();
        manager = new ModuleManager(context, deploy, dropIns, health, modules, DropInSignatures.none());
    }

    @AfterEach
    void stop() throws Exception {
        modules.close();
        health.close();
        dropIns.close();
        felix.stop();
        felix.waitForStop(10_000);
    }

    @Test
    void anUploadedBundleIsWrittenWholeIntoTheDropInFolderUnderItsName() throws Exception {
        String name = manager.install("/home/coordinator/Downloads/noticeboard.jar", bundle("org.example.noticeboard"));

        assertThat(name).isEqualTo("noticeboard.jar");
        assertThat(deploy.resolve("noticeboard.jar")).isRegularFile();
        try (var left = Files.list(deploy)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("noticeboard.jar");
        }
    }

    @Test
    void whatIsNotABundleOrComesWithHearthIsRefusedAndNothingIsLeftBehind() throws Exception {
        context.installBundle(bundles.resolve("signin.jar").toUri().toString(), bundle("org.hearth.signin"));

        assertRefused("notes.txt", bundle("org.example.notes"), "modules.refused.notjar");
        assertRefused("plain.jar", jar(new Manifest()), "modules.refused.notbundle");
        assertRefused("garbage.jar", new ByteArrayInputStream("not a zip".getBytes()), "modules.refused.notbundle");
        assertRefused("signin.jar", bundle("org.hearth.signin"), "modules.refused.shipped");
        try (var left = Files.list(deploy)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void whereSignaturesAreRequiredAnUnsignedUploadIsRefusedAndALocalProgramRefusedOnDiskIsNeverStarted()
            throws Exception {
        Path signers = Files.createDirectories(home.resolve("config/trusted-signers"));
        Files.writeString(signers.resolve("center.pem"), "-----BEGIN CERTIFICATE-----\nnone here\n-----END CERTIFICATE-----\n");
        DropInSignatures signatures = new DropInSignatures(signers);
        dropIns.close(); // the lenient starter of the other tests would start what this one refuses
        DropInStarter guarded = new DropInStarter(context, deploy, Duration.ofSeconds(5), signatures).open();
        dropIns = guarded;
        ModuleManager strict = new ModuleManager(context, deploy, guarded, health, modules, signatures);
        assertThatThrownBy(() -> strict.install("noticeboard.jar", bundle("org.example.noticeboard")))
                .isInstanceOf(ModuleManager.Refused.class).hasMessage("modules.refused.unsigned");
        try (var left = Files.list(deploy)) {
            assertThat(left).isEmpty();
        }

        Files.copy(bundle("org.example.noticeboard"), deploy.resolve("noticeboard.jar"));
        Bundle local = context.installBundle(deploy.resolve("noticeboard.jar").toUri().toString());
        assertThat(guarded.errorFor(local)).contains("not signed");
        assertThatThrownBy(() -> strict.start(local.getBundleId())).hasMessage("modules.refused.refused");
        Thread.sleep(2500); // past the starter's wait for FileInstall's refresh
        assertThat(local.getState()).isNotEqualTo(Bundle.ACTIVE);
    }

    @Test
    void aFeatureStopsAndStartsButThePlatformAndTheApiDoNot() throws Exception {
        Bundle feature = context.installBundle(bundles.resolve("events.jar").toUri().toString(), bundle("org.hearth.events"));
        Bundle platform = context.installBundle(bundles.resolve("platform.jar").toUri().toString(), bundle("org.hearth.platform"));
        feature.start();
        platform.start();

        manager.stop(feature.getBundleId());
        assertThat(feature.getState()).isEqualTo(Bundle.RESOLVED);
        manager.start(feature.getBundleId());
        assertThat(feature.getState()).isEqualTo(Bundle.ACTIVE);
        assertThatThrownBy(() -> manager.stop(platform.getBundleId())).hasMessage("modules.refused.core");
        assertThat(platform.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(manager.installed(Locale.ENGLISH)).filteredOn(i -> i.name().equals("org.hearth.platform"))
                .singleElement().satisfies(i -> assertThat(i.stoppable()).isFalse());
    }

    @Test
    void onlyALocalProgramIsRemovedAndItsJarLeavesTheFolder() throws Exception {
        manager.install("noticeboard.jar", bundle("org.example.noticeboard"));
        Bundle local = context.installBundle(deploy.resolve("noticeboard.jar").toUri().toString());
        Bundle shipped = context.installBundle(bundles.resolve("events.jar").toUri().toString(), bundle("org.hearth.events"));

        assertThat(manager.installed(Locale.ENGLISH)).filteredOn(i -> i.name().equals("org.example.noticeboard"))
                .singleElement().satisfies(i -> assertThat(i.dropIn()).isTrue());
        assertThatThrownBy(() -> manager.remove(shipped.getBundleId())).hasMessage("modules.refused.notdropin");
        manager.remove(local.getBundleId());
        assertThat(deploy.resolve("noticeboard.jar")).doesNotExist();
    }

    private void assertRefused(String name, InputStream content, String key) {
        assertThatThrownBy(() -> manager.install(name, content)).isInstanceOf(ModuleManager.Refused.class).hasMessage(key);
    }

    private static InputStream bundle(String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        manifest.getMainAttributes().putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        manifest.getMainAttributes().putValue(Constants.BUNDLE_VERSION, "1.0.0");
        return jar(manifest);
    }

    private static InputStream jar(Manifest manifest) throws IOException {
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.finish();
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
