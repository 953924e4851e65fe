package org.hearth.distribution;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Groups in the real distribution and headless Chromium: the coordinator starts a group that meets today with
 * Faye as its facilitator; Gus comes for the first time and names the group at sign-in; Faye starts the session,
 * finds Gus on the roster, adds him again by his masked name and takes a headcount: Gus is counted once. Every
 * screen on the way is looked at in landscape and portrait, English or Spanish.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GroupsBrowserIT {

    static Kiosk kiosk;
    static Browser browser;

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("groups").start();
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
    void theCoordinatorStartsAGroupThatMeetsToday() {
        signIn("Dana", "2468", true);
        browser.await(By.id("tile-accounts"), 10).click();
        browser.type("accounts-name", "Faye");
        browser.type("accounts-pin", "1357");
        browser.tap(By.id("accounts-save"));
        browser.await(By.xpath("//*[@id='accounts-message'][normalize-space()!='']"), 10);
        browser.tap(By.id("kiosk-home"));
        browser.await(By.id("tile-groups-manage"), 10).click();
        browser.await(By.id("manage-new"), 10);
        browser.look("groups", "en", "manage-new");
        browser.tap(By.id("manage-new"));
        browser.type("group-form-name", "Open Circle");
        browser.tap(By.xpath("//vaadin-checkbox[contains(., 'Faye')]"));
        browser.look("group form", "en", "group-form-save");
        browser.tap(By.id("group-form-save"));
        browser.await(By.xpath("//*[@id='manage-message'][normalize-space()='Saved.']"), 10);
        browser.staffSignOut();
    }

    @Test
    @Order(2)
    void aFirstTimeVisitorNamesTheGroupAtSignIn() {
        browser.freshSession(kiosk, "/m/signin");
        browser.await(By.id("signin-new"), 30).click();
        browser.await(By.cssSelector("#new-name input"), 10).sendKeys("Gus");
        browser.driver.findElement(By.id("new-submit")).click();
        browser.await(By.xpath("//*[@id='offering-0'][contains(., 'Open Circle')]"), 10);
        browser.tap(By.id("offering-0"));
        browser.tap(By.id("signin-submit"));
        browser.await(By.id("signin-confirmation"), 10);
    }

    @Test
    @Order(3)
    void theFacilitatorCountsGusOnceHoweverHeWasRecorded() {
        signIn("Faye", "1357", false);
        browser.await(By.id("tile-groups-facilitate"), 10).click();
        By open = By.cssSelector("[id^=session-open-]");
        browser.await(open, 10);
        browser.look("my groups today", "en", browser.driver.findElement(open).getAttribute("id"));
        browser.tap(open);
        browser.await(By.id("session-start"), 10);
        browser.look("session", "en", "session-start");
        browser.tap(By.id("session-start"));
        browser.await(By.xpath("//*[@id='session-message'][normalize-space()='Started. Have a good group!']"), 10);
        browser.await(By.xpath("//vaadin-checkbox[contains(., 'Gus') and contains(., 'signed in')]"), 10);
        browser.type("roster-add-name", "Gus");
        browser.awaitServer(10);
        browser.tap(By.id("roster-add-match-0"));
        browser.await(By.xpath("//*[@id='session-message'][normalize-space()='Roster saved.']"), 10);
        browser.type("session-headcount", "1");
        browser.tap(By.id("session-headcount-save"));
        browser.await(By.xpath("//*[@id='session-totals'][starts-with(normalize-space(),"
                + " 'Counted once: 1 (1 named, 0 signed in without a name, headcount 1)')]"), 10);
        browser.tap(By.cssSelector("vaadin-button.kiosk-language[lang='es']"));
        browser.await(By.xpath("//h1[contains(., 'Mis grupos de hoy')]"), 10);
        browser.tap(open);
        browser.await(By.xpath("//*[@id='session-totals'][starts-with(normalize-space(), 'Contados una vez: 1')]"), 10);
        browser.look("session", "es", "session-headcount-save");
    }

    private static void signIn(String who, String pin, boolean first) {
        browser.staffSignIn(kiosk, who, pin, first);
    }


}
