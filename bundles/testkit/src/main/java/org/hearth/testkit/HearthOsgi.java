package org.hearth.testkit;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemPackages;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.hearth.kiosk.osgi.SystemPackages;
import org.ops4j.pax.exam.Option;

/**
 * Pax Exam options for a real Felix set up as the kiosk sets it up: the system bundle exports the Hearth
 * API, Vaadin, SLF4J, JDBI and the DS API from the test classpath, and SCR, ConfigAdmin, EventAdmin and
 * the real platform bundle (in-memory Derby) are installed. Add your own bundle with
 * {@link #bundleUnderTest()} or {@code bundle("file:...")}.
 *
 * <pre>{@code
 * @Configuration
 * public Option[] config() {
 *     return options(HearthOsgi.platform(), HearthOsgi.bundleUnderTest());
 * }
 * }</pre>
 */
public final class HearthOsgi {

    /** The infrastructure and platform bundles, by symbolic name, in install order. */
    static final List<String> PLATFORM = List.of("org.apache.felix.configadmin", "org.apache.felix.eventadmin",
            "org.apache.felix.scr", "org.hearth.platform");

    private HearthOsgi() {
    }

    /** The framework, the shared packages and the platform bundles. */
    public static Option platform() {
        Map<String, String> jars = bundleJarsOnClasspath();
        List<Option> options = new ArrayList<>();
        options.add(cleanCaches());
        options.add(systemPackages(SystemPackages.compute(HearthOsgi.class.getClassLoader())));
        // Pax Exam's own bundles import SLF4J 1.x; the 2.x API on the classpath serves them unchanged
        options.add(systemPackages("org.slf4j;version=\"1.7.36\""));
        // the view-test helpers, for test methods that run inside the framework (they use only Vaadin and the API)
        options.add(systemPackages("org.hearth.testkit"));
        options.add(frameworkProperty("felix.log.level").value("2"));
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        for (String name : PLATFORM) {
            String jar = jars.get(name);
            if (jar == null) {
                throw new IllegalStateException("Bundle " + name + " is not on the test classpath; depend on "
                        + "org.hearth:org.hearth.testkit with test scope");
            }
            options.add(bundle(jar));
        }
        options.add(junitBundles());
        return composite(options.toArray(Option[]::new));
    }

    /**
     * The bundle built by this Maven module, as named by the system property {@code hearth.bundle.under.test}
     * (set it in Failsafe to {@code ${project.build.directory}/${project.build.finalName}.jar}).
     */
    public static Option bundleUnderTest() {
        String path = System.getProperty("hearth.bundle.under.test");
        if (path == null) {
            throw new IllegalStateException("Set the system property hearth.bundle.under.test to the bundle's jar");
        }
        return bundle(new java.io.File(path).toURI().toString());
    }

    /** Jars on the classpath that are OSGi bundles, by symbolic name, as {@code file:} URLs. */
    static Map<String, String> bundleJarsOnClasspath() {
        Map<String, String> jars = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(HearthOsgi.class.getClassLoader().getResources(JarFile.MANIFEST_NAME))) {
                String external = url.toExternalForm();
                if (!external.startsWith("jar:file:")) {
                    continue;
                }
                try (InputStream in = url.openStream()) {
                    String name = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
                    if (name != null) {
                        jars.putIfAbsent(name.split(";")[0].strip(),
                                external.substring("jar:".length(), external.indexOf("!/")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jars;
    }

    /** The kiosk module with this id, as the framework offers it; fails the test when there is none. */
    public static org.hearth.api.KioskModule module(org.osgi.framework.BundleContext context, String id)
            throws org.osgi.framework.InvalidSyntaxException {
        return context.getServiceReferences(org.hearth.api.KioskModule.class, null).stream().map(context::getService)
                .filter(m -> id.equals(m.id())).findFirst().orElseThrow(() -> new AssertionError("no module " + id));
    }

    /** The number in the first column of the first row {@code sql} answers; fails the test when there is no row. */
    public static long number(javax.sql.DataSource dataSource, String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row for " + sql);
            }
            return rs.getLong(1);
        }
    }
}
