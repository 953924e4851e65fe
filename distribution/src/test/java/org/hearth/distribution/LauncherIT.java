package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/** Boots the real distribution (bin/hearth, Felix, the shipped bundles, Derby, Jetty) and checks it from outside. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    static Kiosk kiosk;

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("launcher").env("HEARTH_DEPLOY_POLL_MILLIS", "250").start();
    }

    @AfterAll
    static void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    @Order(0)
    void healthSaysStartingUntilEveryShippedModuleIsLive() throws InterruptedException {
        Kiosk fresh = Kiosk.install("starting");
        Process process = fresh.launchOnAnyPort();
        try {
            java.util.List<String> early = new java.util.ArrayList<>();
            JsonNode first = null;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (first == null && System.nanoTime() < end) {
                try {
                    var response = fresh.get("/health");
                    JsonNode health = Kiosk.JSON.readTree(response.body());
                    if ("STARTING".equals(health.path("status").asString())) {
                        assertThat(response.statusCode()).isEqualTo(503);
                        early.add(health.toString());
                    } else {
                        first = health;
                    }
                } catch (RuntimeException notListeningYet) {
                    // Jetty is not up yet
                }
                Kiosk.sleep(20);
            }
            assertThat(first).as("a status other than STARTING, after " + early.size() + " STARTING").isNotNull();
            assertThat(early).as("STARTING answers seen while the bundles started").isNotEmpty();
            assertThat(first.path("status").asString()).as(first.toString()).isEqualTo("UP");
            // every module the shipped bundles declare is there at the first UP, so none arrives after it
            assertThat(first.path("modules").findValuesAsString("id")).containsAll(SHIPPED_MODULES);
            assertThat(first.toString()).doesNotContain("Exception");
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void healthReportsEveryShippedBundleAndModule() {
        JsonNode health = kiosk.health();
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("database").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("bundles").findValuesAsString("symbolicName")).contains(
                "org.apache.felix.scr", "org.apache.felix.configadmin", "org.apache.felix.eventadmin",
                "org.apache.felix.fileinstall", "org.hearth.platform", "org.hearth.signin");
        for (JsonNode bundle : health.path("bundles")) {
            assertThat(bundle.path("state").asString()).as(bundle.toString()).isEqualTo("ACTIVE");
            assertThat(bundle.has("error")).as(bundle.toString()).isFalse();
        }
        assertThat(health.path("modules").toString()).contains("\"id\":\"signin\"", "\"state\":\"ACTIVE\"");
    }

    @Test
    @Order(2)
    void welcomeScreenIsServedInProductionMode() {
        var response = kiosk.get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html").doesNotContain("vaadin-dev-tools");
        assertThat(kiosk.get("/styles/kiosk.css").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void onTwoCoresOrFewerTheKioskRunsOnJavasQuickCompilerAlone() throws IOException {
        String commandLine = Files.readString(Path.of("/proc", String.valueOf(kiosk.pid()), "cmdline")).replace('\0', ' ');
        if (Runtime.getRuntime().availableProcessors() <= 2) {
            assertThat(commandLine).contains("-XX:TieredStopAtLevel=1");
        } else {
            assertThat(commandLine).doesNotContain("-XX:TieredStopAtLevel=1");
        }
    }

    @Test
    @Order(3)
    void dropInGoesLiveAndLeavesWithoutRestart() throws IOException {
        Path jar = Path.of(System.getProperty("hearth.dropin.houserules"));
        Path part = kiosk.home.resolve("deploy/houserules.jar.part");
        Files.copy(jar, part);
        long copied = System.nanoTime();
        Files.move(part, kiosk.home.resolve("deploy/houserules.jar"), StandardCopyOption.ATOMIC_MOVE);
        kiosk.waitFor(Duration.ofSeconds(20), h -> h.path("modules").toString().contains("\"houserules\""));
        System.out.printf("hot deploy: %d ms%n", (System.nanoTime() - copied) / 1_000_000);

        Files.delete(kiosk.home.resolve("deploy/houserules.jar"));
        kiosk.waitFor(Duration.ofSeconds(20), h -> !h.path("modules").toString().contains("\"houserules\""));
    }

    @Test
    @Order(4)
    void filesThatAreNotBundlesAreReportedAndTheKioskKeepsServing() throws IOException {
        Files.writeString(kiosk.home.resolve("deploy/broken.jar"), "this is not a zip file");
        Files.write(kiosk.home.resolve("deploy/empty.jar"), new byte[0]);
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(kiosk.home.resolve("deploy/plain.jar")),
                plainManifest())) {
            out.putNextEntry(new java.util.jar.JarEntry("readme.txt"));
        }
        JsonNode health = kiosk.waitFor(Duration.ofSeconds(20), h -> h.toString().contains("broken.jar")
                && h.toString().contains("empty.jar") && h.toString().contains("plain.jar"));
        assertThat(health.path("status").asString()).isEqualTo("DEGRADED");
        assertThat(health.toString()).contains("not a valid jar file", "no Bundle-SymbolicName")
                .doesNotContain("Exception", "zip");
        assertThat(kiosk.get("/").statusCode()).isEqualTo(200);
        Files.delete(kiosk.home.resolve("deploy/broken.jar"));
        Files.delete(kiosk.home.resolve("deploy/empty.jar"));
        Files.delete(kiosk.home.resolve("deploy/plain.jar"));
        kiosk.waitFor(Duration.ofSeconds(20), h -> "UP".equals(h.path("status").asString()));
    }

    @Test
    @Order(5)
    void faultyDropInsAreEachReportedWithAPlainReasonWhileTheKioskServes(@org.junit.jupiter.api.io.TempDir Path dir) {
        Fixtures.dropIn(Fixtures.hangingActivator(dir), kiosk.home.resolve("deploy"));
        Kiosk.sleep(1000);
        Fixtures.dropIn(Fixtures.unresolvableImport(dir), kiosk.home.resolve("deploy"));
        Fixtures.dropIn(Fixtures.throwingActivator(dir), kiosk.home.resolve("deploy"));
        Fixtures.dropIn(Fixtures.throwingComponent(dir), kiosk.home.resolve("deploy"));
        // a drop-in that hangs holds up none of the others, and the kiosk answers all the while (how fast is the
        // benchmark's business: this suite asserts no timings)
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        JsonNode health = kiosk.health();
        while (!(health.toString().contains("imports cannot be resolved")
                && health.toString().contains("failed while starting")
                && health.toString().contains("fixture.throwing failed to start")
                && health.toString().contains("did not finish within")) && System.nanoTime() < end) {
            assertThat(kiosk.get("/").statusCode()).isEqualTo(200);
            Kiosk.sleep(200);
            health = kiosk.health();
        }
        assertThat(error(health, "fixture.hanging-activator")).contains("did not finish within 10 s");
        assertThat(health.path("status").asString()).isEqualTo("DEGRADED");
        assertThat(error(health, "fixture.unresolvable")).contains("imports cannot be resolved", "org.nowhere.missing");
        assertThat(error(health, "fixture.throwing-activator")).isEqualTo("It failed while starting; the log has the details.");
        assertThat(error(health, "fixture.throwing-component")).contains("fixture.throwing failed to start");
        // plain words only: the exceptions' own text stays in the log
        assertThat(health.toString()).doesNotContain("fixture: activation throws", "Exception", "fixture: component");
        assertThat(kiosk.get("/").statusCode()).isEqualTo(200);
        assertThat(health.path("modules").toString()).contains("\"signin\"");
    }

    @Test
    @Order(6)
    void aDropInWithItsOwnCopyOfHearthsApiIsRefusedAndHidesNoModule(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        java.util.List<String> before = kiosk.health().path("modules").findValuesAsString("id");
        Fixtures.dropIn(Fixtures.hearthApiCopy(dir), kiosk.home.resolve("deploy"));
        JsonNode refused = kiosk.waitFor(Duration.ofSeconds(20), h -> h.toString().contains("fixture.hearth-api-copy")
                && !error(h, "fixture.hearth-api-copy").isEmpty());
        assertThat(error(refused, "fixture.hearth-api-copy")).contains("org.hearth.api", "refused");
        assertThat(refused.path("status").asString()).isEqualTo("DEGRADED");

        Path houseRules = Path.of(System.getProperty("hearth.dropin.houserules"));
        Fixtures.dropIn(houseRules, kiosk.home.resolve("deploy"));
        JsonNode health = kiosk.waitFor(Duration.ofSeconds(20), h -> h.path("modules").toString().contains("\"houserules\""));
        assertThat(health.path("modules").findValuesAsString("id")).containsAll(before).contains("houserules");
        assertThat(error(health, "fixture.hearth-api-copy")).contains("org.hearth.api");
        Files.delete(kiosk.home.resolve("deploy").resolve(houseRules.getFileName()));
        Files.delete(kiosk.home.resolve("deploy/hearth-api-copy.jar"));
    }

    @Test
    @Order(7)
    void aDropInUpdatedInPlaceWhoseStartHangsHoldsUpNoOtherDropIn(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path deploy = kiosk.home.resolve("deploy");
        Fixtures.dropIn(Fixtures.updatable(dir, false), deploy);
        kiosk.waitFor(Duration.ofSeconds(20), h -> h.path("bundles").toString()
                .matches(".*\"symbolicName\":\"fixture.updatable\",[^}]*\"state\":\"ACTIVE\".*"));
        // the same file, now in a version whose start hangs: FileInstall updates the bundle in place
        Fixtures.dropIn(Fixtures.updatable(dir, true), deploy);
        // the update is under way (its start hangs) before the next drop-in comes
        kiosk.waitFor(Duration.ofSeconds(20), h -> h.path("bundles").toString()
                .matches(".*\"symbolicName\":\"fixture.updatable\",[^}]*\"state\":\"STARTING\".*"));
        Path houseRules = Path.of(System.getProperty("hearth.dropin.houserules"));
        Fixtures.dropIn(houseRules, deploy);
        JsonNode health = kiosk.waitFor(Duration.ofSeconds(25), h -> h.path("modules").toString().contains("\"houserules\"")
                && error(h, "fixture.updatable").contains("did not finish within"));
        assertThat(health.path("modules").toString()).contains("\"signin\"");
        Files.delete(deploy.resolve(houseRules.getFileName()));
        Files.delete(deploy.resolve("updatable.jar"));
    }

    private static java.util.jar.Manifest plainManifest() {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        return manifest;
    }

    private static String error(JsonNode health, String symbolicName) {
        for (JsonNode bundle : health.path("bundles")) {
            if (symbolicName.equals(bundle.path("symbolicName").asString())) {
                return bundle.path("error").asString();
            }
        }
        throw new AssertionError(symbolicName + " not in " + health);
    }

    @Test
    @Order(8)
    void aSecondKioskOnTheSameDataFolderIsRefusedWithAClearMessage() throws Exception {
        Process second = kiosk.launch(0);
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(3);
        assertThat(kiosk.console()).contains("is in use by another Hearth");
    }

    @Test
    @Order(9)
    void aTakenPortIsRefusedWithAClearMessage() throws Exception {
        Kiosk other = Kiosk.install("port-taken");
        Process refused = other.launch(kiosk.port);
        assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).isEqualTo(4);
        assertThat(other.console()).contains("Port " + kiosk.port, "already in use");
        assertThat(refused.isAlive()).isFalse();
    }

    @Test
    @Order(10)
    void sigtermStopsEverythingInOrderAndClosesTheDatabaseWhateverADropInDoes(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Fixtures.dropIn(Fixtures.spinningComponent(dir), kiosk.home.resolve("deploy"));
        kiosk.waitFor(Duration.ofSeconds(30), h -> h.toString().contains("fixture.spinning-component"));
        Kiosk.sleep(3000); // its activate method is running by now, and never returns
        assertThat(kiosk.stop()).isEqualTo(143);
        Files.delete(kiosk.home.resolve("deploy/spinning-component.jar"));
        String log = Files.readString(kiosk.home.resolve("logs/hearth.log"));
        assertThat(log).contains("Hearth is stopping", "Database closed", "Hearth stopped");
        assertThat(log.indexOf("Database closed")).isLessThan(log.indexOf("Hearth stopped"));
    }

    @Test
    @Order(11)
    void aRestartOnTheSameDataFolderFindsEverythingInPlace(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path houseRules = Path.of(System.getProperty("hearth.dropin.houserules"));
        Path dropped = kiosk.home.resolve("deploy").resolve(houseRules.getFileName());
        Files.copy(houseRules, dropped, StandardCopyOption.REPLACE_EXISTING);
        kiosk.start();
        JsonNode health = kiosk.health();
        assertThat(health.path("database").path("status").asString()).isEqualTo("UP");
        assertThat(error(health, "org.hearth.platform")).isEmpty();
        assertThat(error(health, "org.hearth.signin")).isEmpty();
        String log = Files.readString(kiosk.home.resolve("logs/hearth.log"));
        assertThat(log).contains("Bundle cache kept from the last start");
        // the database boots on its own thread as the platform starts, and the features start side by side, one
        // starter thread per core, even from the kept cache
        assertThat(log).contains("[hearth-db-boot] o.h.p.impl.DerbyDatabase - Database ready");
        assertThat(log).contains("[hearth-start-1] o.h.kiosk.osgi.ModuleRegistry - Module");
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(log).contains("[hearth-start-2] o.h.kiosk.osgi.ModuleRegistry - Module");
        }
        kiosk.waitFor(Duration.ofSeconds(20), h -> h.path("modules").toString().contains("houserules"));
        assertThat(kiosk.stop()).isEqualTo(143);

        // a drop-in taken out while the kiosk was off is not started again from the kept cache: once another one
        // put in meanwhile is active, deploy/ has been read on this start and the cache has had its chance
        Files.delete(dropped);
        Path quiet = Fixtures.updatable(dir, false);
        Path marker = kiosk.home.resolve("deploy").resolve(quiet.getFileName());
        Files.copy(quiet, marker, StandardCopyOption.REPLACE_EXISTING);
        kiosk.start();
        JsonNode restarted = kiosk.waitFor(Duration.ofSeconds(20), h -> h.path("bundles").toString()
                .matches(".*\"symbolicName\":\"fixture.updatable\",[^}]*\"state\":\"ACTIVE\".*"));
        assertThat(restarted.path("modules").toString()).doesNotContain("houserules");
        assertThat(restarted.path("bundles").toString()).doesNotContain("houserules");
        assertThat(kiosk.stop()).isEqualTo(143);
        Files.delete(marker);
    }

    @Test
    @Order(12)
    void onJava25TheLauncherRecordsThenBuildsThenUsesAStartUpClassCache() throws Exception {
        kiosk.env("HEARTH_AOT", "on").start();
        org.junit.jupiter.api.Assumptions.assumeTrue(javaMajor(kiosk.pid()) >= 25, "the kiosk runs on Java 25+");
        Path cacheDir = kiosk.home.resolve("data/java-aot");
        awaitFile(cacheDir, ".recorded"); // the host marks a start that went well, once it is ready
        assertThat(kiosk.stop()).isEqualTo(143);
        assertThat(names(cacheDir)).anyMatch(n -> n.endsWith(".aotconf"));

        kiosk.start();
        awaitFile(cacheDir, ".aot");
        assertThat(kiosk.stop()).isEqualTo(143);

        kiosk.start();
        assertThat(Files.readString(Path.of("/proc/" + kiosk.pid() + "/maps"))).contains("java-aot/hearth-");
        assertThat(kiosk.stop()).isEqualTo(143);
    }

    @Test
    @Order(14)
    void onJava25NoStopCrashesWhateverWasDroppedInWhileTheClassCacheIsMade() throws Exception {
        Kiosk fresh = Kiosk.install("aot-dropin").env("HEARTH_AOT", "on");
        try {
            fresh.start();
            org.junit.jupiter.api.Assumptions.assumeTrue(javaMajor(fresh.pid()) >= 25, "the kiosk runs on Java 25+");
            Path cacheDir = fresh.home.resolve("data/java-aot");
            awaitFile(cacheDir, ".recorded");
            // a standard bundle: installing it made FileInstall refresh SCR and with it every shipped bundle, and
            // Java 25 then crashed (SIGSEGV) at the stop, writing the classes this start had recorded
            Path gogo = Path.of(System.getProperty("hearth.dropin.gogo"));
            Fixtures.dropIn(gogo, fresh.home.resolve("deploy"));
            fresh.waitFor(Duration.ofSeconds(20), h -> isActive(h, GOGO));
            Kiosk.sleep(3000); // what FileInstall does after an install (its refresh) is done by now
            assertThat(fresh.stop()).as("exit code of the stop (134: the JVM crashed)").isEqualTo(143);
            assertNoCrash(fresh);
            // Gogo offers a package SCR can use: the shipped bundles were not refreshed for it, so the
            // database was opened once, at the start
            String log = Files.readString(fresh.home.resolve("logs/hearth.log"));
            assertThat(log.split("Database ready", -1)).as("database openings").hasSize(2);
            assertThat(names(cacheDir)).anyMatch(n -> n.endsWith(".aotconf"));

            fresh.start(); // builds the cache in the background
            fresh.waitFor(Duration.ofSeconds(20), h -> isActive(h, GOGO));
            awaitFile(cacheDir, ".aot");
            assertThat(fresh.stop()).isEqualTo(143);

            fresh.start(); // starts from the cache, and the drop-in runs
            assertThat(Files.readString(Path.of("/proc/" + fresh.pid() + "/maps"))).contains("java-aot/hearth-");
            fresh.waitFor(Duration.ofSeconds(20), h -> isActive(h, GOGO));
            assertThat(fresh.stop()).isEqualTo(143);
            assertNoCrash(fresh);
        } finally {
            fresh.close();
        }
    }

    private static final String GOGO = "org.apache.felix.gogo.runtime";
    /** Every module the shipped bundles and the host declare. */
    private static final java.util.List<String> SHIPPED_MODULES = java.util.List.of("signin", "signin-today",
            "signin-members", "signin-counts", "events", "events-manage", "events-roster", "accounts", "audit", "kiosk-health", "settings");

    private static boolean isActive(JsonNode health, String symbolicName) {
        for (JsonNode bundle : health.path("bundles")) {
            if (symbolicName.equals(bundle.path("symbolicName").asString())) {
                return "ACTIVE".equals(bundle.path("state").asString()) && !bundle.has("error");
            }
        }
        return false;
    }

    private static void assertNoCrash(Kiosk kiosk) throws IOException {
        assertThat(names(kiosk.home)).noneMatch(n -> n.startsWith("hs_err"));
        assertThat(kiosk.console()).doesNotContain("A fatal error has been detected");
    }

    private static void awaitFile(Path dir, String suffix) throws IOException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (names(dir).stream().noneMatch(n -> n.endsWith(suffix)) && System.nanoTime() < end) {
            Kiosk.sleep(200);
        }
        assertThat(names(dir)).anyMatch(n -> n.endsWith(suffix));
    }

    private static java.util.List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** The major version of the Java the process runs, from its JDK's release file. */
    private static int javaMajor(long pid) throws IOException {
        Path java = Path.of("/proc/" + pid + "/exe").toRealPath();
        Path release = java.getParent().getParent().resolve("release");
        String version = Files.readAllLines(release).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                .findFirst().orElse("JAVA_VERSION=\"0\"");
        return Integer.parseInt(version.replaceAll("^JAVA_VERSION=\"(\\d+).*", "$1"));
    }
}
