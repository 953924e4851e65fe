package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Volunteers in the real distribution and headless Chromium: the coordinator gives Vic a volunteer account and
 * puts a shift on the week board starting in twenty minutes; Vic signs in, picks it on their own screen, checks in
 * (inside the early window) and out; the coordinator approves the hours; every screen on the way is looked at in
 * landscape and portrait, English or Spanish.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VolunteersBrowserIT {

    static Kiosk kiosk;
    static Browser browser;
    static final LocalDateTime START = LocalDateTime.now().plusMinutes(20).truncatedTo(ChronoUnit.MINUTES);

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("volunteers").start();
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
    void theCoordinatorAddsAVolunteerAndAShift() {
        browser.driver.get(kiosk.url("/"));
        browser.await(By.cssSelector("vaadin-button.kiosk-staff"), 30).click();
        browser.type("staff-who", "Dana");
        browser.type("staff-pin", "2468");
        browser.type("staff-pin-again", "2468");
        browser.tap(By.id("staff-submit"));
        browser.await(By.id("tile-accounts"), 10).click();
        browser.type("accounts-name", "Vic");
        browser.type("accounts-pin", "1357");
        browser.tap(By.id("accounts-save"));
        browser.await(By.xpath("//*[@id='accounts-message'][normalize-space()!='']"), 10);

        browser.tap(By.id("kiosk-home"));
        browser.await(By.id("tile-volunteers-schedule"), 10).click();
        browser.await(By.id("board-new-one"), 10);
        browser.look("week board", "en", "board-new-one");
        browser.tap(By.id("board-new-one"));
        browser.await(By.id("shift-form-save"), 10);
        browser.setValue("shift-form-day", START.toLocalDate().toString());
        browser.setValue("shift-form-start", START.toLocalTime().toString());
        browser.setValue("shift-form-end", START.toLocalTime().plusHours(3).toString());
        browser.look("shift form", "en", "shift-form-save");
        browser.tap(By.id("shift-form-save"));
        assertThat(browser.await(By.id("board-message"), 10).getText()).isEqualTo("Saved.");
        browser.tap(By.cssSelector("vaadin-button.kiosk-language[lang='es']"));
        browser.await(By.xpath("//h1[contains(., 'Turnos de voluntariado')]"), 10);
        browser.look("week board", "es", "board-new-one");
        browser.staffSignOut();
    }

    @Test
    @Order(2)
    void theVolunteerPicksTheShiftChecksInAndOut() {
        browser.driver.get(kiosk.url("/?lang=en"));
        browser.await(By.cssSelector("vaadin-button.kiosk-staff"), 10).click();
        browser.type("staff-who", "Vic");
        browser.type("staff-pin", "1357");
        browser.tap(By.id("staff-submit"));
        browser.await(By.id("tile-volunteers"), 10).click();
        By pick = By.cssSelector("[id^=my-pick-]");
        browser.await(pick, 10);
        browser.look("my shifts", "en", browser.driver.findElement(pick).getAttribute("id"));
        browser.tap(pick);
        assertThat(browser.await(By.id("my-message"), 10).getText()).isEqualTo("It's yours. Thank you!");
        browser.await(By.id("clock-in"), 10);
        browser.look("my shifts, shift on now", "en", "clock-in");
        browser.tap(By.id("clock-in"));
        assertThat(browser.await(By.id("clock-out"), 10).isDisplayed()).isTrue();
        browser.tap(By.cssSelector("vaadin-button.kiosk-language[lang='es']"));
        browser.await(By.xpath("//h1[contains(., 'Mis turnos')]"), 10);
        browser.look("my shifts, checked in", "es", "clock-out");
        browser.tap(By.id("clock-out"));
        assertThat(browser.await(By.id("my-message"), 10).getText()).startsWith("Salida registrada");
        assertThat(browser.driver.findElement(By.id("my-hours")).getText()).startsWith("Tus horas este mes: 0 h");
    }

    @Test
    @Order(3)
    void theCoordinatorApprovesTheHours() {
        browser.staffSignOut();
        browser.freshSession(kiosk, "/?lang=en");
        browser.await(By.cssSelector("vaadin-button.kiosk-staff"), 10).click();
        browser.type("staff-who", "Dana");
        browser.type("staff-pin", "2468");
        browser.tap(By.id("staff-submit"));
        browser.await(By.id("tile-volunteers-hours"), 10).click();
        By approve = By.cssSelector("[id^=hours-approve-]");
        browser.await(approve, 10);
        browser.look("hours to approve", "en", browser.driver.findElement(approve).getAttribute("id"));
        browser.tap(approve);
        browser.await(By.xpath("//*[@id='hours-message'][starts-with(normalize-space(), 'Hours approved')]"), 10);
        browser.tap(By.cssSelector("vaadin-button.kiosk-language[lang='es']"));
        browser.awaitAttribute(By.tagName("html"), "lang", "es", 10);
        browser.awaitServer(10);
        browser.await(By.id("hours-show-stipends"), 10);
        browser.tap(By.id("hours-show-stipends"));
        browser.await(By.cssSelector("[id^=stipends-open-]"), 10);
        browser.look("stipends", "es", browser.driver.findElement(By.cssSelector("[id^=stipends-open-]")).getAttribute("id"));
    }



}
