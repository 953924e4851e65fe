package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.node.ObjectNode;

/**
 * The kiosk PC's locked browser: Debian's chromium started by the shipped {@code kiosk-pc/hearth-kiosk-browser}
 * with the shipped policy in force. Chromium on Linux reads managed policies only from
 * {@code /etc/chromium/policies/managed}, so the browser runs in a mount namespace of its own where a temporary
 * folder is bound over {@code /etc/chromium}: the policy reaches this browser and no other on the machine.
 * Headless here (no display); the kiosk PC runs it on its screen. With the shipped policy the DevTools protocol
 * cannot inspect a page at all, chromedriver included: that is the first check. The second drives the browser
 * through that protocol, so it runs under the shipped policy less {@code DeveloperToolsAvailability}.
 */
class KioskPcIT {

    private static final Pattern NET_ERROR = Pattern.compile("ERR_[A-Z_]+");
    private static final Pattern ERROR_CODE = Pattern.compile("\"errorCode\":\"([A-Z_]*)\"");
    private static final Pattern HEADING = Pattern.compile("\"heading\":\\{\"msg\":\"([^\"]*)\"");
    private static final Pattern SUMMARY = Pattern.compile("\"summary\":\\{\"msg\":\"([^\"]*)\"");
    /** Chromium's page for ERR_BLOCKED_BY_ADMINISTRATOR: a network error would name its code instead. */
    private static final String BLOCKED = "This page is blocked / Your organization doesn\u2019t allow you to view this site";
    static Kiosk kiosk;

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("kiosk-pc").start();
    }

    @AfterAll
    static void stop() {
        if (kiosk != null) {
            kiosk.stop();
            kiosk.close();
        }
    }

    @Test
    void withTheShippedPolicyTheDeveloperToolsCannotInspectAnyPage() throws IOException {
        Path launcher = inNamespaceWith(shippedPolicy(), "locked");
        assertThatThrownBy(() -> new Browser(launcher, environment("locked")).close())
                .isInstanceOf(SessionNotCreatedException.class).hasMessageContaining("Not allowed");
    }

    @Test
    void theWelcomeScreenOpensAndEveryOtherPlaceIsRefusedByThePolicy() throws IOException {
        ObjectNode policy = (ObjectNode) Kiosk.JSON.readTree(shippedPolicy());
        assertThat(policy.remove("DeveloperToolsAvailability").asInt()).isEqualTo(2);
        Path launcher = inNamespaceWith(Kiosk.JSON.writeValueAsString(policy), "driven");
        try (Browser browser = new Browser(launcher, environment("driven"))) {
            new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30)).until(d -> d.getWindowHandles().stream()
                    .anyMatch(w -> d.switchTo().window(w).getCurrentUrl().startsWith(kiosk.url("/"))));
            browser.await(By.id("tile-signin"), 30);

            for (String url : new String[] {"file:///etc/passwd", "http://example.org/",
                    "http://127.0.0.1:" + (kiosk.port == 65535 ? 1 : kiosk.port + 1) + "/",
                    "devtools://devtools/bundled/inspector.html"}) {
                assertThat(refusal(browser, url)).as(url).isEqualTo(BLOCKED);
            }
            assertThat(browser.driver.getPageSource()).doesNotContain("root:x:0");

            browser.driver.get(kiosk.url("/"));
            browser.await(By.id("tile-signin"), 30);
            browser.driver.executeScript("location.href = 'http://example.org/'");
            new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                    .until(d -> !d.getCurrentUrl().startsWith(kiosk.url("/")));
            assertThat(errorCode(browser)).as("a page's own script").isEqualTo(BLOCKED);
        }
    }

    /** The code on the error page Chromium shows for {@code url} (or the one the driver was told). */
    private static String refusal(Browser browser, String url) {
        try {
            browser.driver.get(url);
            return errorCode(browser);
        } catch (WebDriverException e) {
            Matcher code = NET_ERROR.matcher(String.valueOf(e.getMessage()));
            return code.find() ? code.group() : String.valueOf(e.getMessage());
        }
    }

    /**
     * What Chromium's error page says, from the page's {@code loadTimeData}: a network error's code, or for a page
     * the policy blocks (ERR_BLOCKED_BY_ADMINISTRATOR, whose code the page leaves out) its heading and summary.
     */
    private static String errorCode(Browser browser) {
        String page = browser.driver.getPageSource();
        Matcher code = ERROR_CODE.matcher(page);
        Matcher heading = HEADING.matcher(page);
        Matcher summary = SUMMARY.matcher(page);
        if (code.find() && !code.group(1).isEmpty()) {
            return code.group(1);
        }
        return heading.find() && summary.find() ? heading.group(1) + " / " + summary.group(1)
                : "no error page: " + browser.driver.getCurrentUrl();
    }

    /** The shipped policy as install-kiosk-pc.sh writes it for a kiosk on another port than 8080. */
    private static String shippedPolicy() throws IOException {
        String policy = Files.readString(kiosk.home.resolve("kiosk-pc/chromium-policy.json"));
        assertThat(policy).contains("\"http://127.0.0.1:8080\"", "\"http://localhost:8080\"");
        return policy.replace(":8080\"", ":" + kiosk.port + "\"");
    }

    /**
     * A program for chromedriver to start in place of chromium: in a mount namespace of its own, with a folder
     * holding {@code policy} bound over /etc/chromium, it runs the shipped launcher, which starts chromium.
     */
    private static Path inNamespaceWith(String policy, String name) throws IOException {
        Path etc = kiosk.home.resolve("test-" + name + "/etc-chromium");
        Files.createDirectories(etc.resolve("policies/managed"));
        if (Files.exists(Path.of("/etc/chromium/master_preferences"))) {
            Files.copy(Path.of("/etc/chromium/master_preferences"), etc.resolve("master_preferences"));
        }
        Files.writeString(etc.resolve("policies/managed/hearth.json"), policy);
        Path wrapper = kiosk.home.resolve("test-" + name + "/chromium");
        Files.writeString(wrapper, "#!/bin/sh\nexec unshare --mount --propagation private sh -c"
                + " 'mount --bind \"$0\" /etc/chromium && exec \"$@\"' '" + etc + "' '"
                + kiosk.home.resolve("kiosk-pc/hearth-kiosk-browser") + "' \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        return wrapper;
    }

    private static Map<String, String> environment(String name) {
        return Map.of("HEARTH_KIOSK_URL", kiosk.url("/"),
                "HEARTH_KIOSK_PROFILE", kiosk.home.resolve("test-" + name + "/profile").toString());
    }
}
