package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The kiosk in headless Chromium: the welcome screen and its tiles, language, and the idle reset. */
class KioskBrowserIT {

    static Kiosk kiosk;
    static Browser browser;

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("browser")
                .env("HEARTH_IDLE_ASK_SECONDS", "5")
                .env("HEARTH_IDLE_RESET_SECONDS", "10")
                .start();
        browser = new Browser();
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

    @BeforeEach
    void openWelcome() {
        browser.freshSession(kiosk, "/");
        browser.await(By.id("tile-signin"), 30);
    }

    @Test
    void welcomeScreenShowsTheVisitorTiles() {
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("Welcome");
        assertThat(browser.driver.findElement(By.id("tile-signin")).getText()).contains("Sign in");
    }

    @Test
    void visitorsCanSwitchToSpanish() {
        browser.driver.findElement(By.cssSelector("vaadin-button.kiosk-language[lang='es']")).click();
        browser.await(By.xpath("//h1[contains(., 'Bienvenido')]"), 10);
        assertThat(browser.driver.findElement(By.id("tile-signin")).getText()).contains("Registrarse");
    }

    @Test
    void anAnonymousCountIsConfirmedAndTheScreenReturnsToWelcome() {
        browser.driver.findElement(By.id("tile-signin")).click();
        browser.await(By.id("purpose-group"), 10).click();
        browser.driver.findElement(By.id("signin-count")).click();
        assertThat(browser.await(By.id("signin-confirmation"), 10).getText()).contains("counted");
        browser.await(By.id("tile-signin"), 15);
    }

    @Test
    void idleKioskAsksStillHereThenStartsAfreshForgettingEverything() {
        browser.driver.findElement(By.id("tile-signin")).click();
        browser.await(By.id("purpose-group"), 10).click();
        browser.awaitAttribute(By.id("purpose-group"), "aria-pressed", "true", 10);

        browser.await(By.xpath("//h2[contains(., 'Still here?')]"), 15);

        browser.await(By.id("tile-signin"), 20);
        assertThat(browser.driver.findElements(By.id("purpose-group"))).isEmpty();
        assertThat(browser.driver.findElements(By.xpath("//h2[contains(., 'Still here?')]"))).isEmpty();
    }

    @Test
    void aModuleWhoseViewThrowsShowsACalmPanelAndTheRestOfTheKioskWorks(@TempDir Path dir) throws Exception {
        Fixtures.dropIn(Fixtures.brokenView(dir), kiosk.home.resolve("deploy"));
        // the tile arrives by server push, without reloading the page
        browser.await(By.id("tile-broken"), 20);
        assertThat(browser.driver.findElements(By.id("tile-staff-broken"))).as("staff module on welcome").isEmpty();

        browser.driver.get(kiosk.url("/m/staff-broken"));
        browser.await(By.id("staff-submit"), 10);
        assertThat(kiosk.health().path("modules").toString()).as("view never created for a visitor")
                .doesNotContain("FAILED");

        browser.driver.get(kiosk.url("/"));
        browser.await(By.id("tile-broken"), 20).click();
        assertThat(browser.await(By.cssSelector(".calm-error"), 10).getText())
                .contains("Nothing you saved has been lost");
        kiosk.waitFor(Duration.ofSeconds(5), h -> h.path("modules").toString().contains("\"state\":\"FAILED\""));

        browser.driver.findElement(By.cssSelector(".calm-error vaadin-button")).click();
        browser.await(By.id("tile-broken"), 10);
        java.nio.file.Files.delete(kiosk.home.resolve("deploy/broken-view.jar"));
        browser.awaitGone(By.id("tile-broken"), 20);
        browser.driver.findElement(By.id("tile-signin")).click();
        browser.await(By.id("signin-count"), 10);
    }

    @Test
    void theFirstCoordinatorSetsUpTheKioskThenStaffSignInWithTheirPin() {
        browser.driver.findElement(By.cssSelector("vaadin-button.kiosk-staff")).click();
        browser.await(By.id("staff-submit"), 10);
        if (!browser.driver.findElements(By.id("staff-pin-again")).isEmpty()) {
            type("staff-who", "Dana");
            type("staff-pin", "2468");
            type("staff-pin-again", "2468");
            browser.driver.findElement(By.id("staff-submit")).click();
            browser.await(By.xpath("//h1[contains(., 'Hello, Dana')]"), 10);
            browser.driver.findElement(By.cssSelector("vaadin-button.kiosk-staff")).click();
            browser.await(By.id("tile-signin"), 15);
            browser.driver.findElement(By.cssSelector("vaadin-button.kiosk-staff")).click();
            browser.await(By.id("staff-submit"), 10);
        }
        assertThat(browser.driver.findElements(By.id("staff-pin-again"))).isEmpty();
        type("staff-who", "dana");
        type("staff-pin", "1111");
        browser.driver.findElement(By.id("staff-submit")).click();
        browser.await(By.xpath("//*[@id='staff-message'][contains(., 'did not match')]"), 10);
        type("staff-pin", "2468");
        browser.driver.findElement(By.id("staff-submit")).click();
        assertThat(browser.await(By.xpath("//h1[contains(., 'Hello, Dana')]"), 10).getText()).contains("coordinator");

        browser.await(By.id("tile-accounts"), 10);
        browser.driver.findElement(By.id("tile-kiosk-health")).click();
        assertThat(browser.await(By.id("health-status"), 10).getText()).isNotBlank();
    }

    private void type(String id, String text) {
        var input = browser.await(By.cssSelector("#" + id + " input"), 10);
        input.clear();
        input.sendKeys(text);
    }
}
