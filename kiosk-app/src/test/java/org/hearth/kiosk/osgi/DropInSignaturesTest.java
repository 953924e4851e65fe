package org.hearth.kiosk.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed drop-ins, with keys and jars made at test time by the JDK's own keytool and jarsigner. */
class DropInSignaturesTest {

    private static final String PASS = "changeit";

    @TempDir
    static Path dir;
    private static Path keys;
    private static Path trusted;
    private static Path plain;
    private static Path signedByTrusted;
    private static Path signedByOther;
    private static Path signedByCaIssued;

    @BeforeAll
    static void makeKeysAndJars() throws Exception {
        keys = dir.resolve("keys.p12");
        keytool("-genkeypair", "-keystore", keys.toString(), "-alias", "center", "-dname", "CN=Test Center");
        keytool("-genkeypair", "-keystore", keys.toString(), "-alias", "stranger", "-dname", "CN=Stranger");
        trusted = Files.createDirectories(dir.resolve("trusted-signers"));
        keytool("-exportcert", "-rfc", "-keystore", keys.toString(), "-alias", "center", "-file",
                trusted.resolve("center.pem").toString());

        plain = bundle(dir.resolve("plain.jar"));
        signedByTrusted = sign(plain, keys, "center", dir.resolve("signed.jar"));
        signedByOther = sign(plain, keys, "stranger", dir.resolve("stranger.jar"));

        // a signing CA the center trusts, and a key it issued
        Path ca = dir.resolve("ca.p12");
        keytool("-genkeypair", "-keystore", ca.toString(), "-alias", "ca", "-dname", "CN=Center CA", "-ext", "bc:c");
        Path caPem = dir.resolve("ca.pem");
        keytool("-exportcert", "-rfc", "-keystore", ca.toString(), "-alias", "ca", "-file", caPem.toString());
        Path issued = dir.resolve("issued.p12");
        keytool("-importcert", "-noprompt", "-keystore", issued.toString(), "-alias", "ca", "-file", caPem.toString());
        keytool("-genkeypair", "-keystore", issued.toString(), "-alias", "volunteer", "-dname", "CN=Volunteer Dev");
        Path request = dir.resolve("volunteer.csr");
        keytool("-certreq", "-keystore", issued.toString(), "-alias", "volunteer", "-file", request.toString());
        Path reply = dir.resolve("volunteer.pem");
        keytool("-gencert", "-rfc", "-keystore", ca.toString(), "-alias", "ca", "-infile", request.toString(), "-outfile",
                reply.toString());
        keytool("-importcert", "-noprompt", "-keystore", issued.toString(), "-alias", "volunteer", "-file", reply.toString());
        signedByCaIssued = sign(plain, issued, "volunteer", dir.resolve("issued.jar"));
        Files.copy(caPem, Files.createDirectories(dir.resolve("trusted-ca")).resolve("ca.crt"));
    }

    @Test
    void aJarSignedByATrustedKeyIsAccepted() {
        DropInSignatures signatures = new DropInSignatures(trusted);

        assertThat(signatures.required()).isTrue();
        assertThat(signatures.trusted()).hasSize(1);
        assertThat(signatures.check(signedByTrusted).verdict()).isEqualTo(DropInSignatures.Verdict.ACCEPTED);
    }

    @Test
    void anUnsignedJarIsRefusedWithAPlainReason() {
        DropInSignatures.Check check = new DropInSignatures(trusted).check(plain);

        assertThat(check.verdict()).isEqualTo(DropInSignatures.Verdict.UNSIGNED);
        assertThat(check.reason()).contains("not signed", "did not start");
    }

    @Test
    void aJarSignedByAnotherKeyIsRefused() {
        DropInSignatures.Check check = new DropInSignatures(trusted).check(signedByOther);

        assertThat(check.verdict()).isEqualTo(DropInSignatures.Verdict.UNTRUSTED);
        assertThat(check.reason()).isEqualTo("It is not signed by a key this center trusts, so the kiosk did not start it.");
        assertThat(check.signerFingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void aSignedJarWithAnEntryChangedAfterwardsIsRefused() throws IOException {
        Path changed = rewrite(signedByTrusted, dir.resolve("changed.jar"), "org/example/rules/Rules.class",
                "something else".getBytes(StandardCharsets.UTF_8));

        DropInSignatures.Check check = new DropInSignatures(trusted).check(changed);

        assertThat(check.verdict()).isEqualTo(DropInSignatures.Verdict.TAMPERED);
        assertThat(check.reason()).startsWith("Its signature does not match its contents");
    }

    @Test
    void aSignedJarWithAnEntryAddedAfterwardsIsRefused() throws IOException {
        Path added = rewrite(signedByTrusted, dir.resolve("added.jar"), "org/example/rules/Extra.class",
                "smuggled".getBytes(StandardCharsets.UTF_8));

        DropInSignatures.Check check = new DropInSignatures(trusted).check(added);

        assertThat(check.verdict()).isEqualTo(DropInSignatures.Verdict.UNSIGNED);
        assertThat(check.reason()).startsWith("Some of its files are not signed");
    }

    @Test
    void aJarSignedByAKeyATrustedCaIssuedIsAccepted() {
        DropInSignatures byCa = new DropInSignatures(dir.resolve("trusted-ca"));

        assertThat(byCa.check(signedByCaIssued).accepted()).isTrue();
        assertThat(byCa.check(signedByTrusted).verdict()).isEqualTo(DropInSignatures.Verdict.UNTRUSTED);
        assertThat(new DropInSignatures(trusted).check(signedByCaIssued).verdict())
                .isEqualTo(DropInSignatures.Verdict.UNTRUSTED);
    }

    @Test
    void withNoTrustedCertificatesEveryJarIsAccepted() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty-signers"));
        Files.writeString(empty.resolve("README.txt"), "put PEM certificates here");

        for (DropInSignatures none : List.of(DropInSignatures.none(), new DropInSignatures(dir.resolve("missing")),
                new DropInSignatures(empty))) {
            assertThat(none.required()).isFalse();
            assertThat(none.check(plain).accepted()).isTrue();
            assertThat(none.check(signedByOther).accepted()).isTrue();
        }
    }

    @Test
    void aCertificateFileThatCannotBeReadStillRequiresSignaturesAndTrustsNobody() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("broken-signers"));
        Files.writeString(broken.resolve("center.pem"), "-----BEGIN CERTIFICATE-----\nnot one\n-----END CERTIFICATE-----\n");

        DropInSignatures signatures = new DropInSignatures(broken);

        assertThat(signatures.required()).isTrue();
        assertThat(signatures.check(plain).accepted()).isFalse();
        assertThat(signatures.check(signedByTrusted).accepted()).isFalse();
    }

    @Test
    void aCertificateAddedLaterIsReadAtTheNextCheck() throws IOException {
        Path later = Files.createDirectories(dir.resolve("later-signers"));
        DropInSignatures signatures = new DropInSignatures(later);
        assertThat(signatures.check(plain).accepted()).isTrue();

        Files.copy(trusted.resolve("center.pem"), later.resolve("center.crt"));

        assertThat(signatures.check(plain).accepted()).isFalse();
        assertThat(signatures.check(signedByTrusted).accepted()).isTrue();
    }

    @Test
    void onlyTheManifestAndTheSignatureFilesGoUnsigned() {
        assertThat(DropInSignatures.isSignatureFile("META-INF/MANIFEST.MF")).isTrue();
        assertThat(DropInSignatures.isSignatureFile("META-INF/CENTER.SF")).isTrue();
        assertThat(DropInSignatures.isSignatureFile("META-INF/CENTER.EC")).isTrue();
        assertThat(DropInSignatures.isSignatureFile("META-INF/services/org.hearth.api.KioskModule")).isFalse();
        assertThat(DropInSignatures.isSignatureFile("OSGI-INF/rules.xml")).isFalse();
        assertThat(DropInSignatures.isSignatureFile("org/example/META-INF/X.SF")).isFalse();
    }

    private static Path bundle(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "org.example.rules");
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            put(out, "org/example/rules/Rules.class", "pretend bytecode");
            put(out, "OSGI-INF/rules.xml", "<component/>");
            put(out, "META-INF/services/org.example.Plugin", "org.example.rules.Rules");
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    /** A copy of {@code jar} with {@code name}'s content replaced, or added when it is not there. */
    private static Path rewrite(Path jar, Path copy, String name, byte[] content) throws IOException {
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    out.write(content);
                    replaced = true;
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            if (!replaced) {
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            }
        }
        return copy;
    }

    private static Path sign(Path jar, Path keystore, String alias, Path signed) throws Exception {
        run(tool("jarsigner"), "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASS,
                "-signedjar", signed.toString(), jar.toString(), alias);
        return signed;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASS));
        if (args[0].equals("-genkeypair")) {
            command.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30"));
        }
        run(tool("keytool"), command.toArray(String[]::new));
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void run(String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(tool);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream(); OutputStream ignored = process.getOutputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
