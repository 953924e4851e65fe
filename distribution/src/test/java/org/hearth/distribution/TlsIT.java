package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * Served beyond this computer ({@code HEARTH_BIND=0.0.0.0}), the kiosk makes its certificate on the first start
 * and speaks HTTPS; plain HTTP on the same port gets nothing but a redirect; the session cookie is Secure.
 */
class TlsIT {

    @Test
    void beyondLoopbackTheKioskSpeaksHttpsAndPlainHttpIsOnlyRedirected() throws Exception {
        Kiosk kiosk = Kiosk.install("tls").env("HEARTH_BIND", "0.0.0.0");
        // started the plain way (the fixture's own wait reads /health over HTTP), so stopped here too
        Process process = kiosk.launchOnAnyPort();
        try {
            Path secrets = kiosk.home.resolve("secrets");
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(secrets)).build();
            String base = "https://127.0.0.1:" + kiosk.port;
            HttpResponse<String> health = poll(https, base + "/health");
            assertThat(health.body()).contains("\"status\":\"UP\"");

            HttpResponse<String> page = https.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                    .contains("Secure", "HttpOnly"));

            HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + kiosk.port + "/staff")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plain.statusCode()).isBetween(301, 308);
            assertThat(plain.headers().firstValue("Location")).hasValue(base + "/staff");
            assertThat(plain.body()).doesNotContain("vaadin");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.resolve("tls.p12"))))
                    .isEqualTo("rw-------");
        } finally {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            kiosk.close();
        }
    }

    /** Trusts exactly the certificate the kiosk made, so its names (127.0.0.1 among them) are checked too. */
    private static SSLContext trusting(Path secrets) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.isRegularFile(secrets.resolve("tls.p12")) && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        char[] password = Files.readString(secrets.resolve("tls.password")).strip().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(secrets.resolve("tls.p12"))) {
            store.load(in, password);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static HttpResponse<String> poll(HttpClient client, String url) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < end) {
            try {
                last = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                if (last.statusCode() == 200) {
                    return last;
                }
            } catch (java.io.IOException notYet) {
                // not serving yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Never served over HTTPS; last answer: " + (last == null ? "none" : last.body()));
    }
}
