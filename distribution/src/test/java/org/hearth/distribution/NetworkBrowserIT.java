package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A kiosk whose database it shares with another center, Riverside, in headless Chromium: Rosa, a Riverside member
 * who came there today, scans her key tag here and chooses to be known here too; Lupe, in Spanish, says no and is counted without her
 * name. The coordinator's dashboard and funder report then offer whose figures to show. Every new screen is looked
 * at in landscape and portrait, English and Spanish.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkBrowserIT {

    static Kiosk kiosk;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        kiosk = Kiosk.install("network").env("HEARTH_CENTER_NAME", "Hearth North");
        Path dir = Files.createDirectories(kiosk.home.resolve("fixtures"));
        Fixtures.dropIn(Fixtures.benchDriver(dir), kiosk.home.resolve("deploy"));
        kiosk.start();
        kiosk.await("/bench/ready", "ready");
        assertThat(kiosk.slow("/bench/elsewhere?name=Rosa&tag=4242")).contains("elsewhere Rosa");
        assertThat(kiosk.slow("/bench/elsewhere?name=Lupe&tag=4343")).contains("elsewhere Lupe");
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

    @Test
    @Order(1)
    void aMemberOfAnotherCenterScansHerKeyTagAndChoosesToBeKnownHere() {
        browser.staffSignIn(kiosk, "Dana", "2468", true);
        browser.await(By.id("tile-dashboard"), 10);
        scan("/?lang=en", "4242");
        assertThat(browser.await(By.id("elsewhere-title"), 10).getText()).contains("Ro•• T.", "Riverside Center")
                .doesNotContain("Rosa");
        browser.look("a member of another center", "en", "elsewhere-yes");
        browser.tap(By.id("elsewhere-yes"));
        assertThat(browser.await(By.xpath("//*[@id='signin-greeting'][contains(., 'Rosa')]"), 10).getText())
                .contains("Welcome back");
        browser.tap(By.id("signin-submit"));
        browser.await(By.id("signin-confirmation"), 10);
    }

    @Test
    @Order(2)
    void anotherSaysNoInSpanishAndIsCountedWithoutHerName() {
        scan("/?lang=es", "4343");
        assertThat(browser.await(By.id("elsewhere-title"), 10).getText()).contains("Lu•• T.", "Riverside Center");
        browser.look("a member of another center", "es", "elsewhere-yes");
        browser.tap(By.id("elsewhere-no"));
        assertThat(browser.await(By.id("signin-greeting"), 10).getText()).contains("sin guardar tu nombre");
        browser.tap(By.id("signin-submit"));
        browser.await(By.id("signin-confirmation"), 10);
        scan("/?lang=es", "4343");
        browser.await(By.id("elsewhere-title"), 10);
    }

    @Test
    @Order(3)
    void theCoordinatorChoosesWhoseFiguresTheDashboardAndReportShow() {
        browser.staffSignIn(kiosk, "Dana", "2468", false);
        browser.await(By.id("tile-dashboard"), 10).click();
        browser.await(By.id("glance-groups"), 10);
        assertThat(browser.driver.findElement(By.id("glance-signin")).getText()).as("Rosa and Lupe here")
                .contains("Today", "2").doesNotContain("4");
        browser.look("dashboard of two centers", "en", "dashboard-scope");
        browser.tap(By.id("dashboard-scope"));
        browser.await(By.xpath("//vaadin-select-item[contains(., 'Whole network')]"), 10).click();
        browser.await(By.xpath("//*[@id='glance-signin'][contains(., '4')]"), 10);
        assertThat(browser.driver.findElements(By.id("dashboard-partial"))).as("every feature counts by center").isEmpty();
        browser.tap(By.cssSelector("vaadin-button.kiosk-language[lang='es']"));
        browser.await(By.xpath("//*[@id='glance-signin'][contains(., 'Hoy')]"), 10);
        browser.look("dashboard of two centers", "es", "dashboard-scope");

        browser.staffSignIn(kiosk, "Dana", "2468", false);
        browser.await(By.id("tile-funder-report"), 10).click();
        browser.await(By.id("report-scope"), 10);
        browser.look("funder report of two centers", "en", "report-show");
    }

    /** A USB scanner at the welcome screen: the code typed fast, then Enter. */
    private static void scan(String path, String code) {
        browser.freshSession(kiosk, path);
        browser.await(By.id("tile-signin"), 30);
        browser.awaitServer(10);
        new Actions(browser.driver).sendKeys(code + Keys.ENTER).perform();
    }
}
