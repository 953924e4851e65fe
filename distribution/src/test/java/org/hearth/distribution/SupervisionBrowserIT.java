package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Supervision in the real distribution and headless Chromium: the coordinator makes Sam a supervisor and Pat a
 * recovery coach supervised by Sam; Sam writes a log entry; Pat reads it and adds a reflection; Sam and Pat open a
 * re-engagement plan whose first stage is "not scheduled for now", and Pat's own shifts screen then says only
 * that the coordinator will talk with them, and the coordinator's week board offers Pat as "unavailable", with no
 * reason anywhere. Every screen on the way is looked at in
 * landscape and portrait, English or Spanish.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionBrowserIT {

    static Kiosk kiosk;
    static Browser browser;

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("supervision").start();
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
    void theCoordinatorNamesASupervisorAndAPeer() {
        browser.driver.get(kiosk.url("/"));
        browser.await(By.cssSelector("vaadin-button.kiosk-staff"), 30).click();
        browser.type("staff-who", "Dana");
        browser.type("staff-pin", "2468");
        browser.type("staff-pin-again", "2468");
        browser.tap(By.id("staff-submit"));
        browser.await(By.id("tile-accounts"), 10).click();
        browser.type("accounts-name", "Sam");
        browser.type("accounts-pin", "1357");
        check("accounts-roles", "Supervisor");
        browser.tap(By.id("accounts-save"));
        browser.await(By.xpath("//*[@id='accounts-message'][normalize-space()!='']"), 10);
        browser.type("accounts-name", "Pat");
        browser.type("accounts-pin", "9753");
        check("accounts-roles", "Peer staff");
        choose("accounts-peer-role", "Recovery coach");
        choose("accounts-supervisor", "Sam");
        browser.tap(By.id("accounts-save"));
        browser.await(By.xpath("//*[@id='accounts-message'][normalize-space()!='']"), 10);
    }

    @Test
    @Order(2)
    void theSupervisorWritesALogEntry() {
        signIn("Sam", "1357");
        browser.await(By.id("tile-supervision"), 10).click();
        By write = By.cssSelector("[id^=sup-write-]");
        browser.await(write, 10);
        assertThat(browser.driver.findElement(By.cssSelector("[id^=sup-due-]")).getText()).startsWith("Due for supervision");
        browser.look("supervisees", "en", browser.driver.findElement(write).getAttribute("id"));
        browser.tap(write);
        browser.await(By.id("log-save"), 10);
        check("log-topics", "Self-care");
        browser.type("log-notes", "Rest days are part of the work.");
        browser.type("log-next", "Plan two rest days a week.");
        browser.look("log form", "en", "log-save");
        browser.tap(By.id("log-save"));
        saidFirst("sup-message", "The log entry is saved.");
        assertThat(browser.driver.findElement(By.cssSelector("[id^=sup-due-]")).getText()).startsWith("Next session by");
    }

    @Test
    @Order(3)
    void thePeerReadsTheirLogAndAddsAReflection() {
        signIn("Pat", "9753");
        browser.await(By.id("tile-my-supervision"), 10).click();
        browser.await(By.id("log-panel"), 10);
        assertThat(browser.driver.findElement(By.id("log-panel")).getText()).contains("Rest days are part of the work.",
                "Self-care");
        By reflect = By.cssSelector("vaadin-button[id^=log-reflect-]");
        browser.look("my supervision", "en", browser.driver.findElement(reflect).getAttribute("id"));
        var area = browser.driver.findElement(By.cssSelector("vaadin-text-area[id^=log-reflection-] textarea"));
        area.sendKeys("Resting is hard for me; naming it helped.");
        browser.tap(reflect);
        said("log-message", "Your reflection is saved.");
        browser.tap(By.cssSelector("vaadin-button.kiosk-language[lang='es']"));
        browser.await(By.xpath("//h1[contains(., 'Mi supervisión')]"), 10);
        browser.look("my supervision", "es", browser.driver.findElement(By.cssSelector("vaadin-button[id^=log-reflect-]"))
                .getAttribute("id"));
    }

    @Test
    @Order(4)
    void theSupervisorStartsAPlanWithAStageOfReturn() {
        signIn("Sam", "1357");
        browser.await(By.id("tile-supervision"), 10).click();
        browser.await(By.cssSelector("[id^=sup-plan-]"), 10);
        browser.tap(By.cssSelector("[id^=sup-plan-]"));
        browser.await(By.id("plan-propose"), 10);
        browser.look("no plan", "en", "plan-propose");
        browser.tap(By.id("plan-propose"));
        browser.await(By.id("plan-add"), 10);
        choose("plan-kind", "A stage of return to duties");
        browser.setValue("plan-day", LocalDate.now().toString());
        choose("plan-duties", "not scheduled for now");
        browser.tap(By.id("plan-add"));
        said("plan-message", "Added to the plan.");
        assertThat(browser.driver.findElement(By.id("plan-return")).getText()).contains("not scheduled for now");
        browser.look("plan proposed", "en", "plan-agree-undo");
    }

    @Test
    @Order(5)
    void thePeerAgreesAndTheirShiftsScreenGivesNoReason() {
        signIn("Pat", "9753");
        browser.await(By.id("tile-my-supervision"), 10).click();
        browser.await(By.id("my-plan"), 10);
        browser.tap(By.cssSelector("vaadin-button.kiosk-language[lang='es']"));
        browser.await(By.xpath("//h1[contains(., 'Mi supervisión')]"), 10);
        browser.tap(By.id("my-plan"));
        browser.await(By.id("plan-agree"), 10);
        browser.tap(By.id("plan-agree"));
        said("plan-message", "El plan está abierto.");
        browser.look("my plan", "es", "plan-export");
        browser.tap(By.id("kiosk-home"));
        browser.await(By.id("tile-volunteers"), 10).click();
        browser.await(By.xpath("//*[contains(., 'Tu coordinador hablará contigo sobre los turnos')]"), 10);
        String shown = browser.driver.findElement(By.tagName("body")).getText().toLowerCase(java.util.Locale.ROOT);
        assertThat(shown).doesNotContain("plan de", "reincorpor", "recaída", "motivo");
    }

    @Test
    @Order(6)
    void theCoordinatorSeesPatUnavailableAndNoReason() {
        signIn("Dana", "2468");
        browser.await(By.id("tile-volunteers-schedule"), 10).click();
        browser.await(By.id("board-new-one"), 10);
        browser.tap(By.id("board-new-one"));
        browser.await(By.id("shift-form-save"), 10);
        browser.setValue("shift-form-day", LocalDate.now().plusDays(1).toString());
        browser.setValue("shift-form-start", "10:00");
        browser.setValue("shift-form-end", "13:00");
        browser.tap(By.id("shift-form-save"));
        said("board-message", "Saved.");
        browser.tap(By.cssSelector("[id^=board-shift-]"));
        browser.await(By.id("shift-assign-who"), 10);
        browser.tap(By.id("shift-assign-who"));
        browser.await(By.xpath("//vaadin-select-item[normalize-space()='Pat — unavailable']"), 10);
        browser.await(By.xpath("//vaadin-select-item[normalize-space()='Sam']"), 10);
        String shown = browser.driver.findElement(By.tagName("body")).getText().toLowerCase(java.util.Locale.ROOT);
        assertThat(shown).doesNotContain("re-engagement", "relapse", "reason", "plan ");
    }

    /** Waits until the message line with this id says {@code text}. */
    private static void said(String id, String text) {
        browser.await(By.xpath("//*[@id='" + id + "'][normalize-space()=\"" + text + "\"]"), 10);
    }

    private static void saidFirst(String id, String text) {
        browser.await(By.xpath("//*[@id='" + id + "'][starts-with(normalize-space(), \"" + text + "\")]"), 10);
    }

    private static void signIn(String name, String pin) {
        browser.staffSignIn(kiosk, name, pin, false);
    }

    /** Ticks the box labelled {@code label} in the checkbox group with this id. */
    private static void check(String group, String label) {
        browser.tap(By.xpath("//*[@id='" + group + "']//vaadin-checkbox[.//label[normalize-space()='" + label + "']]"
                + "//input"));
        browser.awaitServer(10);
    }

    /** Picks {@code label} in the select with this id, as a tap on it and then on the item would. */
    private static void choose(String id, String label) {
        browser.tap(By.id(id));
        browser.tap(By.xpath("//vaadin-select-item[normalize-space()='" + label + "']"));
        browser.awaitServer(10);
    }




}
