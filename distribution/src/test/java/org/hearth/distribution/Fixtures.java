package org.hearth.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.List;
import org.hearth.distribution.fixtures.BenchDriverActivator;
import org.hearth.distribution.fixtures.BrokenViewActivator;
import org.hearth.distribution.fixtures.History;
import org.hearth.distribution.fixtures.QuietActivator;
import org.hearth.distribution.fixtures.SignInLoad;
import org.hearth.distribution.fixtures.SpinningComponent;
import org.hearth.distribution.fixtures.HangingActivator;
import org.hearth.distribution.fixtures.ThrowingActivator;
import org.hearth.distribution.fixtures.ThrowingComponent;

/** Faulty drop-in bundles, built at test time from the fixture classes, and dropped in the safe way. */
final class Fixtures {

    private Fixtures() {
    }

    static Path unresolvableImport(Path dir) {
        return bundle(dir, "unresolvable", Map.of("Import-Package", "org.nowhere.missing;version=\"[1,2)\""), Map.of());
    }

    static Path throwingActivator(Path dir) {
        return bundle(dir, "throwing-activator", Map.of("Bundle-Activator", ThrowingActivator.class.getName(),
                "Import-Package", "org.osgi.framework"), Map.of(classEntry(ThrowingActivator.class), ThrowingActivator.class));
    }

    static Path hangingActivator(Path dir) {
        return bundle(dir, "hanging-activator", Map.of("Bundle-Activator", HangingActivator.class.getName(),
                "Import-Package", "org.osgi.framework"), Map.of(classEntry(HangingActivator.class), HangingActivator.class));
    }

    static Path throwingComponent(Path dir) {
        String xml = "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"fixture.throwing\""
                + " immediate=\"true\" activate=\"activate\"><implementation class=\""
                + ThrowingComponent.class.getName() + "\"/></scr:component>";
        Path jar = bundle(dir, "throwing-component", Map.of("Service-Component", "OSGI-INF/throwing.xml"),
                Map.of(classEntry(ThrowingComponent.class), ThrowingComponent.class));
        return addEntry(jar, "OSGI-INF/throwing.xml", xml);
    }

    /** A drop-in with its own copy of Hearth's API, exported as 1.0.1: newer than the host's, so it would win. */
    static Path hearthApiCopy(Path dir) {
        Map<String, Class<?>> classes = new java.util.LinkedHashMap<>();
        for (String entry : apiClassEntries()) {
            classes.put(entry, org.hearth.api.KioskModule.class);
        }
        return bundle(dir, "hearth-api-copy", Map.of("Export-Package", "org.hearth.api;version=\"1.0.1\"",
                "Import-Package", "com.vaadin.flow.component,com.vaadin.flow.component.icon,jakarta.servlet.http,org.slf4j"),
                classes);
    }

    private static List<String> apiClassEntries() {
        try {
            Path source = Path.of(org.hearth.api.KioskModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (var fs = Files.isDirectory(source) ? null : java.nio.file.FileSystems.newFileSystem(source);
                 var files = Files.list(fs == null ? source.resolve("org/hearth/api") : fs.getPath("org/hearth/api"))) {
                return files.map(f -> "org/hearth/api/" + f.getFileName().toString().replace("/", ""))
                        .filter(n -> n.endsWith(".class")).toList();
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path spinningComponent(Path dir) {
        String xml = "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"fixture.spinning\""
                + " immediate=\"true\" activate=\"activate\"><implementation class=\""
                + SpinningComponent.class.getName() + "\"/></scr:component>";
        Path jar = bundle(dir, "spinning-component", Map.of("Service-Component", "OSGI-INF/spinning.xml"),
                Map.of(classEntry(SpinningComponent.class), SpinningComponent.class));
        return addEntry(jar, "OSGI-INF/spinning.xml", xml);
    }

    /** One drop-in, {@code updatable.jar}, in a version that starts at once or in one whose start hangs. */
    static Path updatable(Path dir, boolean hangs) {
        Class<?> activator = hangs ? HangingActivator.class : QuietActivator.class;
        try {
            Path folder = Files.createDirectories(dir.resolve(hangs ? "hangs" : "quiet"));
            return bundle(folder, "updatable", Map.of("Bundle-Activator", activator.getName(),
                    "Import-Package", "org.osgi.framework"), Map.of(classEntry(activator), activator));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path brokenView(Path dir) {
        return bundle(dir, "broken-view", Map.of("Bundle-Activator", BrokenViewActivator.class.getName(),
                "Import-Package", "org.osgi.framework,org.hearth.api,com.vaadin.flow.component,"
                        + "com.vaadin.flow.component.icon"),
                Map.of(classEntry(BrokenViewActivator.class), BrokenViewActivator.class,
                        classEntry(BrokenViewActivator.class).replace(".class", "$1.class"), BrokenViewActivator.class));
    }

    /** The benchmark's driver: drives the real sign-in screen on the server (never shipped). */
    static Path benchDriver(Path dir) {
        Map<String, Class<?>> classes = new java.util.LinkedHashMap<>();
        for (Class<?> type : List.of(BenchDriverActivator.class, History.class, SignInLoad.class,
                org.hearth.distribution.fixtures.VolunteersLoad.class, org.hearth.distribution.fixtures.GroupsLoad.class,
                org.hearth.distribution.fixtures.ConsoleLoad.class, org.hearth.distribution.fixtures.Network.class)) {
            withNestedClasses(type, classes);
        }
        // named "bench": a drop-in's endpoints live under its own name, /bench/...
        return bundle(dir, "bench", Map.of("Bundle-Activator", BenchDriverActivator.class.getName(),
                "Import-Package", "org.osgi.framework,org.hearth.api,com.vaadin.flow.component,"
                        + "com.vaadin.flow.component.button,com.vaadin.flow.dom,com.vaadin.flow.internal,"
                        + "com.vaadin.flow.internal.nodefeature,tools.jackson.databind,tools.jackson.databind.node,"
                        + "jakarta.servlet.http,javax.sql"), classes);
    }

    private static void withNestedClasses(Class<?> type, Map<String, Class<?>> classes) {
        String entry = classEntry(type);
        classes.put(entry, type);
        Path folder = Path.of(System.getProperty("hearth.test.classes", "target/test-classes"))
                .resolve(entry).getParent();
        String prefix = type.getSimpleName() + "$";
        try (var files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix))
                    .forEach(n -> classes.put(entry.substring(0, entry.lastIndexOf('/') + 1) + n, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies under a temporary name, then renames into place, as the README tells coordinators to. */
    static void dropIn(Path jar, Path deployDir) {
        try {
            Path part = deployDir.resolve(jar.getFileName() + ".part");
            Files.copy(jar, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, deployDir.resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classEntry(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    private static Path bundle(Path dir, String name, Map<String, String> headers, Map<String, Class<?>> classes) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "fixture." + name);
        main.putValue("Bundle-Version", "1.0.0");
        headers.forEach(main::putValue);
        Path jar = dir.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (var entry : classes.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                try (InputStream in = entry.getValue().getClassLoader().getResourceAsStream(entry.getKey())) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    private static Path addEntry(Path jar, String name, String text) {
        try (var fs = java.nio.file.FileSystems.newFileSystem(jar)) {
            Path entry = fs.getPath(name);
            Files.createDirectories(entry.getParent());
            try (OutputStream out = Files.newOutputStream(entry)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }
}
