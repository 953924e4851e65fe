package org.hearth.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * What a built bundle's {@code Import-Package} header says, read from its jar. A package the kiosk always
 * provides (the Hearth API, Vaadin, OSGi, SLF4J, JDBI, the servlet API, the JDK) must be a mandatory import:
 * imported optionally, a missing one is found only when a view opens ({@code NoClassDefFoundError}) instead of
 * when the bundle is installed ("imports cannot be resolved"). And a bundle keeps to its own: of Hearth's packages
 * it imports only the API ({@code org.hearth.api*}) and another feature's published {@code org.hearth.<feature>.api*},
 * never the host's ({@code org.hearth.kiosk.*}), the test kit or another feature's {@code impl}.
 * {@link #check(Path)} applies every rule; each bundle's {@code ImportsIT} runs it on the built jar.
 */
public final class BundleImports {

    /** Prefixes of the packages that must never be imported optionally. */
    public static final List<String> PROVIDED = List.of("org.hearth.", "com.vaadin.", "org.osgi.", "org.slf4j",
            "org.jdbi.", "jakarta.servlet", "javax.sql", "java.");

    private BundleImports() {
    }

    /** The packages the jar imports with {@code resolution:=optional}. */
    public static List<String> optional(Path jar) {
        List<String> optional = new ArrayList<>();
        for (String clause : clauses(header(jar))) {
            if (clause.replace(" ", "").contains("resolution:=optional")) {
                optional.add(clause.split(";")[0].strip());
            }
        }
        return optional;
    }

    /** The packages of {@link #PROVIDED} that the jar imports optionally: none, when it is built right. */
    public static List<String> optionalProvided(Path jar) {
        return optional(jar).stream().filter(p -> PROVIDED.stream().anyMatch(p::startsWith)).toList();
    }

    /**
     * The Hearth packages the jar imports that it may not: anything under {@code org.hearth.} but the API, the
     * bundle's own packages (by its symbolic name) and another feature's {@code org.hearth.<feature>.api}.
     */
    public static List<String> forbidden(Path jar) {
        String own = manifest(jar, "Bundle-SymbolicName").split(";")[0].strip();
        return all(jar).stream().filter(p -> p.startsWith("org.hearth.")).filter(p -> !allowed(p, own)).toList();
    }

    /**
     * Fails with one plain message per broken rule: a Hearth package the bundle may not import (see
     * {@link #forbidden(Path)}), or a package the kiosk provides imported optionally.
     */
    public static void check(Path jar) {
        List<String> problems = new ArrayList<>();
        for (String p : forbidden(jar)) {
            problems.add(jar.getFileName() + " imports " + p + ": a bundle may import only the Hearth API "
                    + "(org.hearth.api*) and another feature's org.hearth.<feature>.api, never the host "
                    + "(org.hearth.kiosk.*), the test kit or another feature's impl");
        }
        for (String p : optionalProvided(jar)) {
            problems.add(jar.getFileName() + " imports " + p + " optionally, which the kiosk always provides: "
                    + "make it mandatory, so that a missing package shows at install");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    private static boolean allowed(String pkg, String ownSymbolicName) {
        if (within(pkg, "org.hearth.api") || within(pkg, ownSymbolicName)) {
            return true;
        }
        String[] parts = pkg.split("\\.");
        return parts.length >= 4 && parts[3].equals("api") && !parts[2].equals("kiosk") && !parts[2].equals("testkit");
    }

    private static boolean within(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }

    /** Every package the jar imports. */
    public static List<String> all(Path jar) {
        return clauses(header(jar)).stream().map(c -> c.split(";")[0].strip()).toList();
    }

    private static String header(Path jar) {
        return manifest(jar, "Import-Package");
    }

    private static String manifest(Path jar, String name) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String header = file.getManifest().getMainAttributes().getValue(name);
            return header == null ? "" : header;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a header at the commas between clauses (not those inside a quoted version range). */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        if (!clause.isEmpty()) {
            clauses.add(clause.toString());
        }
        return clauses;
    }
}
