package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Coaching in the real distribution and headless Chromium: the coordinator adds Cleo, a recovery coach, and Val,
 * a volunteer, and a community resource; Anabel comes for the first time; Cleo finds her by her masked name, they
 * write her plan together, note the contact and Anabel chooses a PIN and asks for check-up calls; Anabel reads her
 * plan at the kiosk with her PIN; Val's call list names her and shows nothing of her plan. Screens are looked at in
 * landscape and portrait, English or Spanish.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoachingBrowserIT {

    private static final String STRENGTHS = "I keep my promises to my kids";

    static Kiosk kiosk;
    static Browser browser;

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("coaching").start();
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
    void theCoordinatorAddsACoachAVolunteerAndAResource() {
        signIn("Dana", "2468", true);
        browser.await(By.id("tile-accounts"), 10).click();
        browser.type("accounts-name", "Cleo");
        browser.type("accounts-pin", "1357");
        browser.tap(By.xpath("//vaadin-checkbox[contains(., 'Peer staff')]"));
        browser.tap(By.id("accounts-peer-role"));
        browser.await(By.xpath("//vaadin-select-item[contains(., 'Recovery coach')]"), 10).click();
        browser.tap(By.id("accounts-save"));
        browser.await(By.xpath("//*[@id='accounts-message'][normalize-space()!='']"), 10);
        browser.tap(By.id("accounts-new"));
        browser.type("accounts-name", "Val");
        browser.type("accounts-pin", "8642");
        browser.tap(By.id("accounts-save"));
        browser.await(By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(), 'Val')]"), 10);
        browser.tap(By.id("kiosk-home"));
        browser.await(By.id("tile-coaching-resources"), 10).click();
        browser.type("resources-name", "Housing Help Desk");
        browser.type("resources-about", "Finding a place to live");
        browser.type("resources-reach", "Mon-Fri 9-5, 555-0100");
        browser.look("resources", "en", "resources-add");
        browser.tap(By.id("resources-add"));
        browser.await(By.xpath("//*[@id='resources-message'][normalize-space()='Saved.']"), 10);
        outreachShiftForVal();
    }

    /**
     * The check-up call list is for volunteers on outreach call shifts: the coordinator lets new volunteers take
     * that role at once and adds a shift tomorrow, and Val picks it.
     */
    private static void outreachShiftForVal() {
        browser.tap(By.id("kiosk-home"));
        browser.await(By.id("tile-volunteers-schedule"), 10).click();
        browser.await(By.id("board-roles"), 10);
        browser.tap(By.id("board-roles"));
        browser.await(By.id("roles-edit-outreach_calls"), 10);
        browser.tap(By.id("roles-edit-outreach_calls"));
        browser.type("roles-days", "0");
        browser.tap(By.id("roles-save"));
        browser.await(By.xpath("//*[@id='roles-message'][normalize-space()='Saved.']"), 10);
        browser.tap(By.id("roles-back"));
        browser.await(By.id("board-new-one"), 10);
        browser.tap(By.id("board-new-one"));
        browser.await(By.id("shift-form-role"), 10);
        browser.tap(By.id("shift-form-role"));
        browser.await(By.xpath("//vaadin-select-item[contains(., 'Outreach')]"), 10).click();
        browser.awaitServer(10);
        browser.tap(By.id("shift-form-save"));
        browser.await(By.xpath("//*[@id='board-message'][normalize-space()='Saved.']"), 10);
        signIn("Val", "8642", false);
        browser.await(By.id("tile-volunteers"), 10).click();
        By pick = By.cssSelector("[id^=my-pick-]");
        browser.await(pick, 10);
        browser.tap(pick);
        browser.await(By.xpath("//*[@id='my-message'][normalize-space()=\"It's yours. Thank you!\"]"), 10);
    }

    @Test
    @Order(2)
    void anabelComesForTheFirstTime() {
        browser.freshSession(kiosk, "/m/signin");
        browser.await(By.id("signin-new"), 30).click();
        browser.await(By.cssSelector("#new-name input"), 10).sendKeys("Anabel");
        browser.tap(By.id("new-tier-named"));
        browser.driver.findElement(By.id("new-submit")).click();
        browser.await(By.id("signin-submit"), 10).click();
        browser.await(By.id("signin-confirmation"), 10);
    }

    @Test
    @Order(3)
    void theCoachAndAnabelWriteHerPlanTogetherAndNoteTheContact() {
        signIn("Cleo", "1357", false);
        browser.await(By.id("tile-coaching"), 10).click();
        browser.await(By.id("coach-pair"), 10);
        browser.look("coaching", "en", "coach-pair");
        browser.tap(By.id("coach-pair"));
        browser.type("coach-pair-name", "Ana");
        browser.awaitServer(10);
        browser.tap(By.id("coach-pair-match-0"));
        browser.await(By.xpath("//*[@id='coach-message'][starts-with(normalize-space(), 'You now work with Anabel')]"),
                10);
        browser.tap(By.cssSelector("[id^=coach-open-]"));
        browser.await(By.id("member-write"), 10).click();
        browser.type("plan-form-strengths", STRENGTHS);
        browser.type("plan-form-matters", "My kids and my health");
        browser.tap(By.id("plan-form-goal-0-domain"));
        browser.await(By.xpath("//vaadin-select-item[contains(., 'Home and housing')]"), 10).click();
        browser.type("plan-form-goal-0-words", "A place of my own by summer");
        browser.type("plan-form-goal-0-step", "Visit the housing desk on Monday");
        browser.type("plan-form-supports", "My sister; the Thursday All Recovery group");
        browser.tap(By.id("plan-form-agreed"));
        browser.look("plan form", "en", "plan-form-save");
        browser.tap(By.id("plan-form-save"));
        browser.await(By.xpath("//*[@id='member-message'][normalize-space()='Saved as version 1.']"), 10);
        browser.look("plan", "en", "member-note");
        browser.tap(By.id("member-note"));
        browser.await(By.id("note-form-save"), 10);
        browser.type("note-form-note", "Proud of calling the housing desk herself");
        browser.type("note-form-next", "Talk on Friday");
        browser.tap(By.id("note-form-save"));
        browser.await(By.xpath("//*[@id='member-message'][normalize-space()='Contact saved.']"), 10);
        browser.tap(By.id("member-pin"));
        browser.await(By.id("member-pin-save"), 10);
        browser.type("member-pin-field", "2468");
        browser.tap(By.id("member-pin-save"));
        browser.await(By.xpath("//*[@id='member-message'][contains(., 'PIN is set')]"), 10);
        browser.tap(By.id("member-agree"));
        browser.await(By.id("agree-calls"), 10);
        browser.tap(By.id("agree-calls"));
        browser.tap(By.id("agree-save"));
        browser.await(By.xpath("//*[@id='member-message'][normalize-space()='Saved.']"), 10);
    }

    @Test
    @Order(4)
    void anabelReadsHerPlanAtTheKioskWithHerPin() {
        browser.freshSession(kiosk, "/m/coaching-mine");
        browser.type("mine-name", "Ana");
        browser.awaitServer(10);
        browser.tap(By.id("mine-match-0"));
        assertThat(browser.driver.getPageSource()).doesNotContain(STRENGTHS);
        browser.type("mine-pin", "2468");
        browser.look("my plan, PIN", "en", "mine-open");
        browser.tap(By.id("mine-open"));
        browser.await(By.xpath("//*[@id='mine-plan'][contains(., '" + STRENGTHS + "')]"), 10);
        assertThat(browser.driver.findElement(By.id("mine-plan")).getText()).contains("A place of my own by summer");
        browser.look("my plan", "en", "mine-done");
    }

    @Test
    @Order(5)
    void theVolunteersCallListNamesAnabelAndShowsNothingOfHerPlan() {
        signIn("Val", "8642", false);
        browser.await(By.id("tile-coaching-calls"), 10).click();
        browser.await(By.xpath("//*[@id='calls-card-0'][contains(., 'Anabel')]"), 10);
        browser.tap(By.cssSelector("vaadin-button.kiosk-language[lang='es']"));
        browser.await(By.xpath("//h1[contains(., 'Llamadas de acompañamiento')]"), 10);
        String page = browser.driver.getPageSource();
        assertThat(page).contains("Anabel").doesNotContain(STRENGTHS, "A place of my own", "housing desk", "Cleo");
        browser.look("calls", "es", "calls-save-0");
    }

    private static void signIn(String who, String pin, boolean first) {
        browser.staffSignIn(kiosk, who, pin, first);
    }



}
