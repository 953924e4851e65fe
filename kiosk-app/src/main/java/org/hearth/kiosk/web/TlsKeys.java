package org.hearth.kiosk.web;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's TLS certificate when it serves beyond this computer: the center's own (a PKCS#12 file and its
 * password file), or, when there is none, one the kiosk makes on its first start with the JDK's keytool
 * (self-signed, EC P-256, for this computer's name, localhost and 127.0.0.1, valid 825 days).
 */
final class TlsKeys {

    private static final Logger LOG = LoggerFactory.getLogger(TlsKeys.class);

    private TlsKeys() {
    }

    /** Whether the kiosk listens only on this computer, where plain HTTP never leaves it. */
    static boolean loopbackOnly(String bindAddress) {
        try {
            return InetAddress.getByName(bindAddress).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    static SslContextFactory.Server context(Path keyStore, Path passwordFile) throws IOException {
        if (!Files.isRegularFile(keyStore)) {
            make(keyStore, passwordFile);
        }
        String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setKeyStorePath(keyStore.toString());
        factory.setKeyStoreType("PKCS12");
        factory.setKeyStorePassword(password);
        return factory;
    }

    private static void make(Path keyStore, Path passwordFile) throws IOException {
        Files.createDirectories(keyStore.getParent());
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        ownerOnly(passwordFile);
        String host = InetAddress.getLocalHost().getHostName();
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", "hearth", "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "825", "-dname", "CN=" + host,
                "-ext", "SAN=dns:" + host + ",dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", password, "-keypass", password);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool could not make the kiosk's certificate: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while making the kiosk's certificate", e);
        }
        ownerOnly(keyStore);
        LOG.info("Made a self-signed TLS certificate for {} in {}", host, keyStore.getFileName());
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
