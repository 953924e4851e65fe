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
 * when the bundle is installed ("imports cannot be resolved").
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

    /** Every package the jar imports. */
    public static List<String> all(Path jar) {
        return clauses(header(jar)).stream().map(c -> c.split(";")[0].strip()).toList();
    }

    private static String header(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String header = file.getManifest().getMainAttributes().getValue("Import-Package");
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
