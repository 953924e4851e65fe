package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A center that lists a trusted signer (config/trusted-signers) in the real distribution: the unsigned house
 * rules drop-in is refused with a plain reason and offers no module; the same jar signed with the trusted key
 * (by the JDK's jarsigner, at test time) runs and offers its module; a copy changed after signing, dropped in
 * over the running one, is refused and stops.
 */
class SignedDropInIT {

    private static final String PASS = "changeit";
    private static final String HOUSE_RULES = "org.hearth.houserules";

    @TempDir
    static Path keys;
    static Kiosk kiosk;
    static Path keystore;

    @BeforeAll
    static void start() throws Exception {
        keystore = keys.resolve("center.p12");
        run("keytool", "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASS,
                "-alias", "center", "-dname", "CN=Test Center", "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", "30");
        kiosk = Kiosk.install("signed").env("HEARTH_DEPLOY_POLL_MILLIS", "250");
        Path signers = Files.createDirectories(kiosk.home.resolve("config/trusted-signers"));
        run("keytool", "-exportcert", "-rfc", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass",
                PASS, "-alias", "center", "-file", signers.resolve("center.pem").toString());
        kiosk.start();
    }

    @AfterAll
    static void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void anUnsignedDropInIsRefusedAndTheSameJarSignedWithTheTrustedKeyRuns() throws Exception {
        Path houseRules = Path.of(System.getProperty("hearth.dropin.houserules"));
        Path deploy = kiosk.home.resolve("deploy");
        Path unsigned = Files.copy(houseRules, keys.resolve("houserules.jar"));

        Fixtures.dropIn(unsigned, deploy);
        JsonNode refused = kiosk.waitFor(Duration.ofSeconds(20),
                h -> h.path("bundles").toString().contains(HOUSE_RULES) && !error(h, HOUSE_RULES).isEmpty());
        assertThat(error(refused, HOUSE_RULES)).contains("not signed", "did not start");
        assertThat(state(refused, HOUSE_RULES)).isNotEqualTo("ACTIVE");
        assertThat(refused.path("modules").findValuesAsString("id")).doesNotContain("houserules");
        assertThat(refused.path("status").asString()).isEqualTo("DEGRADED");
        Kiosk.sleep(1000); // past the wait for FileInstall's refresh: still not started
        assertThat(state(kiosk.health(), HOUSE_RULES)).isNotEqualTo("ACTIVE");
        assertThat(Files.readString(kiosk.home.resolve("logs/hearth.log")))
                .contains("Drop-ins must be signed: 1 trusted signer", HOUSE_RULES + " (houserules.jar) refused: UNSIGNED");

        // the coordinator signs it with the center's key and drops it in over the refused one
        Path signed = keys.resolve("signed/houserules.jar");
        Files.createDirectories(signed.getParent());
        run("jarsigner", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASS, "-signedjar",
                signed.toString(), unsigned.toString(), "center");
        Fixtures.dropIn(signed, deploy);
        JsonNode running = kiosk.waitFor(Duration.ofSeconds(20),
                h -> h.path("modules").findValuesAsString("id").contains("houserules"));
        assertThat(state(running, HOUSE_RULES)).isEqualTo("ACTIVE");
        assertThat(error(running, HOUSE_RULES)).isEmpty();

        // someone changes a text in the signed jar and drops it in over the running one: Felix itself restarts
        // a running bundle updated in place, yet none of it runs and it is stopped again
        Path changed = keys.resolve("changed/houserules.jar");
        Files.createDirectories(changed.getParent());
        rewrite(signed, changed, "i18n/houserules.properties", "title=Pay here\n");
        Fixtures.dropIn(changed, deploy);
        JsonNode tampered = kiosk.waitFor(Duration.ofSeconds(20), h -> error(h, HOUSE_RULES).contains("signature")
                && !"ACTIVE".equals(state(h, HOUSE_RULES))
                && !h.path("modules").findValuesAsString("id").contains("houserules"));
        assertThat(error(tampered, HOUSE_RULES)).startsWith("Its signature does not match its contents");
        Kiosk.sleep(1000);
        JsonNode later = kiosk.health();
        assertThat(state(later, HOUSE_RULES)).isNotEqualTo("ACTIVE");
        assertThat(later.path("modules").findValuesAsString("id")).doesNotContain("houserules");
    }

    /** A copy of {@code jar} with {@code name}'s content replaced, everything else (signature files too) kept. */
    private static void rewrite(Path jar, Path copy, String name, String content) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static JsonNode bundle(JsonNode health, String symbolicName) {
        for (JsonNode bundle : health.path("bundles")) {
            if (symbolicName.equals(bundle.path("symbolicName").asString())) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " not in " + health);
    }

    private static String error(JsonNode health, String symbolicName) {
        return bundle(health, symbolicName).path("error").asString();
    }

    private static String state(JsonNode health, String symbolicName) {
        return bundle(health, symbolicName).path("state").asString();
    }

    private static void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
