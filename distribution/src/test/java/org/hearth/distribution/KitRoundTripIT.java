package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * The kit for local programs, as a center without a build server would use it: in a folder outside this build, the
 * archetype from the distribution's {@code sdk/} makes a bundle, {@code mvn verify} builds it with its unit and Pax
 * Exam tests (no parent POM, nothing of Hearth but what {@code sdk/} holds), and its jar dropped into a running
 * kiosk's {@code deploy/} offers its tile on the welcome screen, which opens its screen.
 *
 * <p>The inner builds run offline with their own local repository (so they install nothing where other builds look):
 * Hearth's artifacts come from {@code sdk/}, everything else from the outer build's local repository, which this
 * build has filled (the same plugins, the same JUnit, Vaadin and Pax Exam).
 */
class KitRoundTripIT {

    private static final String VERSION = System.getProperty("hearth.archetype.version", "0.1.0-SNAPSHOT");

    @Test
    void aBundleMadeByTheArchetypeBuildsOutsideAndGoesLiveInARunningKiosk() throws Exception {
        Path dist = Path.of(System.getProperty("hearth.dist", "target/hearth"));
        Path sdk = dist.resolve("sdk").toAbsolutePath();
        assertThat(sdk.resolve("README.txt")).exists();
        for (Path pom : poms(sdk)) {
            assertThat(Files.readString(pom)).as(pom + " stands alone").doesNotContain("<parent>");
        }
        Path work = Files.createTempDirectory(Files.createDirectories(
                Path.of(System.getProperty("hearth.test.work", "target/it-work"))), "kit-");
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, settings(work.resolve("repo"), sdk,
                Path.of(System.getProperty("hearth.maven.repo.local", System.getProperty("user.home") + "/.m2/repository"))));

        long started = System.nanoTime();
        run(work, work.resolve("generate.log"), settings, "org.apache.maven.plugins:maven-archetype-plugin:"
                        + System.getProperty("hearth.archetype.plugin.version", "3.4.1") + ":generate",
                "-DarchetypeGroupId=org.hearth", "-DarchetypeArtifactId=hearth-bundle-archetype",
                "-DarchetypeVersion=" + VERSION, "-DgroupId=org.example.kit", "-DartifactId=org.example.kit.thanks",
                "-Dversion=1.0.0", "-Dpackage=org.example.kit.thanks", "-DmoduleId=thanks",
                "-Dtitle=Thank-you wall", "-DtitleEs=Muro de gracias");
        Path project = work.resolve("org.example.kit.thanks");
        assertThat(project.resolve("pom.xml")).exists();
        assertThat(Files.readString(project.resolve("pom.xml"))).doesNotContain("<parent>", "@");
        long generated = System.nanoTime();

        // the kiosk starts while the bundle builds
        Process build = start(project, work.resolve("verify.log"), settings, "verify");
        try (Kiosk kiosk = Kiosk.install("kit").env("HEARTH_DEPLOY_POLL_MILLIS", "250").start()) {
            assertThat(build.waitFor(15, TimeUnit.MINUTES)).as("the generated bundle's build ends").isTrue();
            assertThat(build.exitValue()).as("mvn verify of the generated bundle:\n" + tail(work.resolve("verify.log")))
                    .isZero();
            long built = System.nanoTime();
            String log = Files.readString(work.resolve("verify.log"));
            assertThat(log).contains("Tests run: 4, Failures: 0, Errors: 0", "BundleIT", "ImportsIT");

            Path jar = project.resolve("target/org.example.kit.thanks-1.0.0.jar");
            assertThat(classFileMajorVersion(jar)).as("Java 21 class files").isEqualTo(65);
            Path part = kiosk.home.resolve("deploy/thanks.jar.part");
            Files.copy(jar, part);
            Files.move(part, kiosk.home.resolve("deploy/thanks.jar"), StandardCopyOption.ATOMIC_MOVE);
            JsonNode health = kiosk.waitFor(Duration.ofSeconds(30), h -> active(h, "thanks"));
            assertThat(health.path("status").asString()).isEqualTo("UP");
            long live = System.nanoTime();
            // a visitor sees its tile on the welcome screen and opens its screen, /m/thanks
            try (Browser browser = new Browser()) {
                browser.freshSession(kiosk, "/");
                assertThat(browser.await(By.id("tile-thanks"), 20).getText()).contains("Thank-you wall");
                browser.tap(By.id("tile-thanks"));
                assertThat(browser.await(By.id("thanks-none"), 20).getText()).isEqualTo("No notes yet.");
                assertThat(browser.driver.getCurrentUrl()).endsWith("/m/thanks");
            }
            System.out.printf("kit round trip: generate %d ms, build and test %d ms, module live %d ms after the copy%n",
                    (generated - started) / 1_000_000, (built - generated) / 1_000_000, (live - built) / 1_000_000);
        } finally {
            if (build.isAlive()) {
                build.destroyForcibly();
            }
        }
    }

    private static boolean active(JsonNode health, String id) {
        for (JsonNode module : health.path("modules")) {
            if (id.equals(module.path("id").asString()) && "ACTIVE".equals(module.path("state").asString())) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> poms(Path sdk) throws IOException {
        try (Stream<Path> files = Files.walk(sdk.resolve("org/hearth"))) {
            List<Path> poms = files.filter(f -> f.toString().endsWith(".pom")).toList();
            assertThat(poms).extracting(p -> p.getFileName().toString()).contains(
                    "org.hearth.api-" + VERSION + ".pom", "org.hearth.testkit-" + VERSION + ".pom",
                    "hearth-bom-" + VERSION + ".pom", "hearth-bundle-archetype-" + VERSION + ".pom");
            return poms;
        }
    }

    /** A settings file: the sdk folder as a repository, the outer build's local repository for all else. */
    private static String settings(Path localRepository, Path sdk, Path outer) {
        String repository = "<id>hearth-sdk</id><url>" + sdk.toUri() + "</url>"
                + "<snapshots><enabled>true</enabled></snapshots>";
        return "<settings>\n"
                + "  <localRepository>" + localRepository.toAbsolutePath() + "</localRepository>\n"
                + "  <mirrors><mirror><id>outer-build</id><mirrorOf>*,!hearth-sdk</mirrorOf><url>"
                + outer.toAbsolutePath().toUri() + "</url></mirror></mirrors>\n"
                + "  <profiles><profile><id>hearth-sdk</id>\n"
                + "    <repositories><repository>" + repository + "</repository></repositories>\n"
                + "    <pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>\n"
                + "  </profile></profiles>\n"
                + "  <activeProfiles><activeProfile>hearth-sdk</activeProfile></activeProfiles>\n"
                + "</settings>\n";
    }

    private static void run(Path dir, Path log, Path settings, String... args) throws Exception {
        Process process = start(dir, log, settings, args);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args) + ":\n" + tail(log)).isZero();
    }

    /** Maven as the outer build runs it (its home and its Java), offline, with {@code settings}. */
    private static Process start(Path dir, Path log, Path settings, String... args) throws IOException {
        String home = System.getProperty("hearth.maven.home");
        List<String> command = new ArrayList<>(List.of(home == null ? "mvn" : home + "/bin/mvn", "-B", "-o",
                // offline, but the file: repositories (sdk/ and the outer local repository) may be read
                "-Daether.offline.protocols=file", "-s", settings.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        String javaHome = System.getProperty("hearth.maven.java.home");
        if (javaHome != null) {
            builder.environment().put("JAVA_HOME", javaHome);
        }
        builder.environment().remove("MAVEN_OPTS");
        return builder.start();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log).stream()
                .filter(l -> !l.startsWith("[WARNING] Checksum validation failed")
                        && !l.startsWith("[WARNING] Could not validate integrity")).toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    private static int classFileMajorVersion(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            var entry = file.stream().filter(e -> e.getName().endsWith(".class")).findFirst().orElseThrow();
            try (InputStream in = file.getInputStream(entry); DataInputStream data = new DataInputStream(in)) {
                data.readInt();
                data.readUnsignedShort();
                return data.readUnsignedShort();
            }
        }
    }
}
