package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The coordinator's host screens in Chromium. Modules: a local program uploaded as a jar gets its tile on the
 * welcome screen, a file that is no bundle is refused kindly, a feature stops and starts, the local program is
 * removed again (its jar leaves the drop-in folder, its tile the screen), and the audit log shows each change.
 * Settings: written to the files and used at once. English and Spanish, both sizes.
 */
class CoordinatorBrowserIT {

    static Kiosk kiosk;
    static Browser browser;

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("modules").start();
        browser = new Browser();
        browser.staffSignIn(kiosk, "Dana", "2468", true);
        browser.await(By.id("tile-kiosk-health"), 15);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void aLocalProgramIsUploadedSeenStoppedAndRemoved() throws Exception {
        openModules("en");
        browser.look("module manager", "en", "modules-upload");

        Path garbage = Files.writeString(kiosk.home.resolve("broken.jar"), "not a jar at all");
        upload(garbage);
        assertThat(browser.await(By.id("modules-message"), 10).getText()).contains("not a Hearth bundle");
        upload(Path.of(System.getProperty("hearth.dropin.houserules")));
        // the card is drawn again as the bundle goes from installed to running: wait for the running one's words
        browser.await(By.xpath("//*[@id='module-org.hearth.houserules'][contains(., 'House rules')]"
                + "[contains(., 'local program')][contains(., 'Running')]"), 20);
        assertThat(kiosk.home.resolve("deploy").resolve(Path.of(System.getProperty("hearth.dropin.houserules")).getFileName()))
                .isRegularFile();

        browser.freshSession(kiosk, "/?lang=en");
        browser.await(By.id("tile-houserules"), 20);

        openModules("es");
        browser.look("module manager", "es", "modules-upload");
        browser.tap(By.id("module-stop-org.hearth.events"));
        browser.await(By.id("module-start-org.hearth.events"), 10);
        assertThat(browser.driver.findElement(By.id("modules-message")).getText()).contains("detenido");
        browser.tap(By.id("module-start-org.hearth.events"));
        browser.await(By.id("module-stop-org.hearth.events"), 10);

        browser.tap(By.id("module-remove-org.hearth.houserules"));
        browser.tap(By.id("module-remove-org.hearth.houserules"));
        browser.awaitGone(By.id("module-org.hearth.houserules"), 20);
        try (var left = Files.list(kiosk.home.resolve("deploy"))) {
            assertThat(left).noneMatch(p -> p.toString().endsWith(".jar"));
        }
        browser.freshSession(kiosk, "/?lang=en");
        browser.await(By.id("tile-signin"), 20);
        assertThat(browser.driver.findElements(By.id("tile-houserules"))).isEmpty();

        open("audit", "es", "audit-search");
        browser.look("audit log", "es", "audit-search");
        browser.type("audit-who", "Dan");
        browser.tap(By.id("audit-search"));
        browser.awaitServer(10);
        assertThat(browser.script("return [...document.querySelectorAll('#audit-results vaadin-grid-cell-content')]"
                + ".map(c => c.textContent)").toString())
                .contains("module.install", "module.stop", "module.start", "module.remove", "org.hearth.events");
    }

    @Test
    void settingsChangedOnScreenReachTheFilesAndTheKioskAtOnce() throws Exception {
        open("settings", "es", "settings-save");
        browser.look("settings", "es", "settings-save");
        open("settings", "en", "settings-save");
        browser.look("settings", "en", "settings-save");
        browser.type("settings-name", "Riverside Recovery Community Center");
        browser.type("settings-hours", "Monday to Friday 9 am to 9 pm");
        browser.setValue("settings-closing", "20:30");
        browser.type("settings-idle-ask", "90");
        browser.type("settings-idle-reset", "60");
        browser.tap(By.id("settings-save"));
        browser.awaitServer(10);
        assertThat(browser.driver.findElement(By.id("settings-message")).getText()).contains("Still here?");
        browser.type("settings-idle-reset", "120");
        browser.tap(By.id("settings-save"));
        browser.awaitServer(10);
        assertThat(browser.driver.findElement(By.id("settings-message")).getText()).startsWith("Saved.");

        Path config = kiosk.home.resolve("config");
        assertThat(Files.readString(config.resolve("hearth.properties")))
                .contains("hearth.center.name=Riverside Recovery Community Center", "hearth.idle.reset.seconds=120",
                        "# Web server");
        assertThat(Files.readString(config.resolve("org.hearth.signin.cfg"))).contains("closing_time=20:30");
        browser.freshSession(kiosk, "/?lang=en");
        assertThat(browser.await(By.id("welcome-hours"), 20).getText()).isEqualTo("Open: Monday to Friday 9 am to 9 pm");
        assertThat(browser.driver.findElement(By.id("kiosk-home")).getText()).contains("Riverside Recovery Community Center");
        browser.checkScreen("welcome with the center's name and hours", "en", "tile-signin");
    }

    @Test
    void signingInGivesANewSessionIdAndTheServerSpeaksCarefully() throws Exception {
        browser.freshSession(kiosk, "/?lang=en");
        browser.await(By.cssSelector("vaadin-button.kiosk-staff"), 30).click();
        browser.await(By.id("staff-who"), 10);
        String before = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        browser.type("staff-who", "Dana");
        browser.type("staff-pin", "2468");
        browser.tap(By.id("staff-submit"));
        browser.await(By.id("tile-kiosk-health"), 15);
        var after = browser.driver.manage().getCookieNamed("JSESSIONID");
        assertThat(after.getValue()).as("the session id after sign-in").isNotEqualTo(before);
        assertThat(after.isHttpOnly()).isTrue();
        browser.tap(By.id("tile-kiosk-health"));
        browser.await(By.id("modules-upload"), 10);

        var page = kiosk.get("/");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(page.headers().firstValue("Server")).isEmpty();
        assertThat(kiosk.get("/no/such/page").statusCode()).isEqualTo(404);
        var http = java.net.http.HttpClient.newHttpClient();
        var trace = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(kiosk.url("/")))
                .method("TRACE", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(trace.statusCode()).isEqualTo(405);

        assertThat(Files.readString(kiosk.home.resolve("data/db/service.properties"))).contains("dataEncryption=true");
        Path key = kiosk.home.resolve("secrets/database.key");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(kiosk.home.resolve("data")))).isEqualTo("rwx------");
    }

    private static void openModules(String language) {
        open("kiosk-health", language, "modules-upload");
    }

    private static void open(String module, String language, String ready) {
        browser.freshSession(kiosk, "/?lang=" + language);
        browser.await(By.cssSelector("vaadin-button.kiosk-staff"), 30).click();
        browser.type("staff-who", "Dana");
        browser.type("staff-pin", "2468");
        browser.tap(By.id("staff-submit"));
        browser.await(By.id("tile-" + module), 15);
        browser.tap(By.id("tile-" + module));
        browser.await(By.id(ready), 10);
    }

    /** What choosing a file in the upload's dialog does: the file goes to the upload's own file input. */
    private static void upload(Path file) {
        WebElement input = (WebElement) browser.driver.executeScript(
                "const u = document.getElementById('modules-upload');"
                        + " return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');");
        input.sendKeys(file.toAbsolutePath().toString());
        browser.awaitServer(20);
    }
}
