package org.hearth.kiosk.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Computes {@code org.osgi.framework.system.packages.extra}: the packages of the host's classpath that
 * bundles may import (the Hearth API, Vaadin, SLF4J, JDBI, the DS API), each with its version.
 * Versions are read from the jars' own {@code Export-Package} headers; JDBI has none, so its packages
 * are listed from its jar with the jar's version.
 */
public final class SystemPackages {

    /** Package prefixes bundles may import from the host. */
    static final List<String> SHARED = List.of("org.hearth.api", "com.vaadin.", "org.slf4j", "jakarta.servlet",
            "tools.jackson", "org.jsoup", "org.jspecify", "org.osgi.service.component", "org.osgi.service.log",
            "org.osgi.util.promise", "org.osgi.util.function");

    private SystemPackages() {
    }

    /** The export list for the given class loader (the host's). */
    public static String compute(ClassLoader loader) {
        TreeMap<String, String> exports = new TreeMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(JarFile.MANIFEST_NAME))) {
                try (InputStream in = url.openStream()) {
                    String header = new Manifest(in).getMainAttributes().getValue("Export-Package");
                    if (header != null) {
                        addShared(header, exports);
                    }
                }
            }
            addUnheadered("org.jdbi.v3.core.Jdbi", loader, exports);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the host's jar manifests", e);
        }
        List<String> clauses = new ArrayList<>();
        exports.forEach((pkg, version) -> clauses.add(version == null ? pkg : pkg + ";version=\"" + version + "\""));
        return String.join(",", clauses);
    }

    static void addShared(String header, TreeMap<String, String> exports) {
        for (String clause : splitClauses(header)) {
            String[] parts = clause.split(";");
            String pkg = parts[0].strip();
            if (!isShared(pkg)) {
                continue;
            }
            String version = null;
            for (String part : parts) {
                String attr = part.strip();
                if (attr.startsWith("version=")) {
                    version = attr.substring("version=".length()).replace("\"", "").strip();
                }
            }
            exports.putIfAbsent(pkg, version);
        }
    }

    private static boolean isShared(String pkg) {
        for (String prefix : SHARED) {
            if (pkg.equals(prefix) || pkg.startsWith(prefix.endsWith(".") ? prefix : prefix + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Splits a manifest header on the commas that are not inside quotes. */
    static List<String> splitClauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            clauses.add(current.toString());
        }
        return clauses;
    }

    private static void addUnheadered(String className, ClassLoader loader, TreeMap<String, String> exports)
            throws IOException {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            return;
        }
        // the jar is found through the class file, not the protection domain: classes from Java's start-up
        // class cache may have no code source
        java.net.URL classFile = loader.getResource(className.replace('.', '/') + ".class");
        if (classFile == null || !"jar".equals(classFile.getProtocol())) {
            return;
        }
        String spec = classFile.getPath();
        Path jar;
        try {
            jar = Path.of(new java.net.URI(spec.substring(0, spec.indexOf("!/"))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("Cannot find the jar of " + className + " (" + classFile + ")", e);
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            String declared = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue("Implementation-Version");
            String version = osgiVersion(declared != null ? declared : type.getPackage().getImplementationVersion());
            Set<String> packages = new java.util.TreeSet<>();
            file.stream().map(java.util.jar.JarEntry::getName)
                    .filter(n -> n.endsWith(".class") && n.contains("/") && !n.startsWith("META-INF"))
                    .forEach(n -> packages.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.')));
            packages.forEach(p -> exports.putIfAbsent(p, version));
        }
    }

    static String osgiVersion(String version) {
        if (version == null) {
            return null;
        }
        String[] parts = version.split("[.-]");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String part = i < parts.length && parts[i].matches("\\d+") ? parts[i] : "0";
            out.append(i == 0 ? "" : ".").append(part);
        }
        return out.toString();
    }
}
