package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.LocalDate;
import java.util.List;
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
        type("staff-who", "Dana");
        type("staff-pin", "2468");
        type("staff-pin-again", "2468");
        browser.tap(By.id("staff-submit"));
        browser.await(By.id("tile-accounts"), 10).click();
        type("accounts-name", "Sam");
        type("accounts-pin", "1357");
        check("accounts-roles", "Supervisor");
        browser.tap(By.id("accounts-save"));
        browser.await(By.xpath("//*[@id='accounts-message'][normalize-space()!='']"), 10);
        type("accounts-name", "Pat");
        type("accounts-pin", "9753");
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
        look("supervisees", "en", browser.driver.findElement(write).getAttribute("id"));
        browser.tap(write);
        browser.await(By.id("log-save"), 10);
        check("log-topics", "Self-care");
        typeArea("log-notes", "Rest days are part of the work.");
        typeArea("log-next", "Plan two rest days a week.");
        look("log form", "en", "log-save");
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
        look("my supervision", "en", browser.driver.findElement(reflect).getAttribute("id"));
        var area = browser.driver.findElement(By.cssSelector("vaadin-text-area[id^=log-reflection-] textarea"));
        area.sendKeys("Resting is hard for me; naming it helped.");
        browser.tap(reflect);
        said("log-message", "Your reflection is saved.");
        browser.tap(By.cssSelector("vaadin-button.kiosk-language[lang='es']"));
        browser.await(By.xpath("//h1[contains(., 'Mi supervisión')]"), 10);
        look("my supervision", "es", browser.driver.findElement(By.cssSelector("vaadin-button[id^=log-reflect-]"))
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
        look("no plan", "en", "plan-propose");
        browser.tap(By.id("plan-propose"));
        browser.await(By.id("plan-add"), 10);
        choose("plan-kind", "A stage of return to duties");
        setValue("plan-day", LocalDate.now().toString());
        choose("plan-duties", "not scheduled for now");
        browser.tap(By.id("plan-add"));
        said("plan-message", "Added to the plan.");
        assertThat(browser.driver.findElement(By.id("plan-return")).getText()).contains("not scheduled for now");
        look("plan proposed", "en", "plan-agree-undo");
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
        look("my plan", "es", "plan-export");
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
        setValue("shift-form-day", LocalDate.now().plusDays(1).toString());
        setValue("shift-form-start", "10:00");
        setValue("shift-form-end", "13:00");
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
        browser.freshSession(kiosk, "/?lang=en");
        browser.await(By.cssSelector("vaadin-button.kiosk-staff"), 10).click();
        type("staff-who", name);
        type("staff-pin", pin);
        browser.tap(By.id("staff-submit"));
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

    private static void type(String id, String text) {
        var input = browser.await(By.cssSelector("#" + id + " input"), 10);
        input.clear();
        input.sendKeys(text);
    }

    private static void typeArea(String id, String text) {
        var input = browser.await(By.cssSelector("#" + id + " textarea"), 10);
        input.clear();
        input.sendKeys(text);
    }

    /** Sets a Vaadin date picker's value (ISO text) as a pick from its overlay would. */
    private static void setValue(String id, String iso) {
        browser.driver.executeScript("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new CustomEvent('change', {bubbles: true}));", id, iso);
        browser.awaitServer(10);
    }

    /** Looks at the screen at 1280×800 and 800×1280: language, a way home, main action in view, fit, axe-core. */
    private static void look(String screen, String language, String primary) {
        for (int[] size : new int[][] {{1280, 800}, {800, 1280}}) {
            browser.viewport(size[0], size[1]);
            browser.driver.executeScript("window.scrollTo(0, 0)");
            browser.awaitServer(10);
            browser.pause(300);
            String where = screen + " (" + language + ", " + size[0] + "x" + size[1] + ")";
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).as(where).isEqualTo(language);
            assertThat(browser.driver.findElements(By.id("kiosk-home"))).as(where + ": a way home").isNotEmpty();
            browser.driver.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'nearest'})",
                    primary);
            assertThat(browser.script("return hearthCheck.inView(arguments[0])", primary))
                    .as(where + ": " + primary + " in view").isEqualTo(true);
            assertThat(browser.script("return hearthCheck.clipped()")).as(where + ": clipped labels").isEqualTo(List.of());
            assertThat(browser.script("return hearthCheck.small()")).as(where + ": targets under 48 px")
                    .isEqualTo(List.of());
            assertThat(browser.script("return document.documentElement.scrollWidth <= innerWidth"))
                    .as(where + ": no sideways scroll").isEqualTo(true);
            List<Rule> serious = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser.driver).getViolations().stream()
                    .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
            assertThat(serious).as(where + ": axe-core").extracting(r -> r.getId() + " " + r.getNodes().stream()
                    .map(n -> String.valueOf(n.getTarget()) + n.getFailureSummary()).toList()).isEmpty();
        }
        browser.viewport(1280, 800);
    }
}
