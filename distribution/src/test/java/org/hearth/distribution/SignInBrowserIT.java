package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Sign-in in headless Chromium against the real distribution: a first visit, a returning member in three
 * taps or fewer once the name is typed (typed on the on-screen keyboard), the anonymous count, and the
 * privacy rule (one or two letters show no names; after the idle reset nothing of the last visitor is left).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInBrowserIT {

    static Kiosk kiosk;
    static Browser browser;
    private int taps;

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("signin")
                .env("HEARTH_IDLE_ASK_SECONDS", "8")
                .env("HEARTH_IDLE_RESET_SECONDS", "14")
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
        taps = 0;
    }

    @Test
    @Order(1)
    void aFirstVisitNeedsOnlyAChosenName() {
        tap("tile-signin");
        browser.await(By.id("signin-new"), 10).click();
        var name = browser.await(By.cssSelector("#new-name input"), 10);
        name.sendKeys("Bartholomew");
        browser.tap(By.id("new-tier-named"));
        browser.tap(By.id("new-heard-another-member"));
        browser.driver.findElement(By.id("new-submit")).click();
        assertThat(browser.await(By.id("signin-greeting"), 10).getText()).contains("Bartholomew");
        browser.driver.findElement(By.id("signin-submit")).click();
        assertThat(browser.await(By.id("signin-confirmation"), 10).getText()).contains("signed in");
        browser.await(By.id("tile-signin"), 15);
    }

    @Test
    @Order(2)
    void aReturningMemberSignsInWithThreeTapsOnceTheNameIsTyped() {
        tap("tile-signin");
        browser.await(By.id("signin-key-b"), 10).click();
        browser.driver.findElement(By.id("signin-key-a")).click();
        browser.driver.findElement(By.id("signin-key-r")).click();
        assertThat(browser.await(By.id("signin-match-0"), 10).getText()).isEqualTo("Bar\u2022\u2022");

        taps = 0;
        tap("signin-match-0");
        browser.await(By.id("purpose-computer"), 10);
        tap("purpose-computer");
        browser.awaitAttribute(By.id("purpose-computer"), "aria-pressed", "true", 10);
        long sent = System.nanoTime();
        tap("signin-submit");
        assertThat(browser.await(By.id("signin-confirmation"), 10).getText()).contains("signed in");
        long millis = Duration.ofNanos(System.nanoTime() - sent).toMillis();
        System.out.printf("Returning member: %d taps after the name was typed; sign-in answered in %d ms%n", taps, millis);
        assertThat(taps).isLessThanOrEqualTo(3);
        browser.await(By.id("tile-signin"), 15);
    }

    @Test
    @Order(3)
    void countMeAnonymouslyIsOneTapFromTheSignInScreen() {
        tap("tile-signin");
        browser.await(By.id("signin-count"), 10);
        taps = 0;
        tap("signin-count");
        assertThat(browser.await(By.id("signin-confirmation"), 10).getText()).contains("counted");
        assertThat(taps).isEqualTo(1);
        browser.await(By.id("tile-signin"), 15);
    }

    @Test
    @Order(4)
    void oneOrTwoLettersShowNoNamesAndTheIdleResetLeavesNothingOfTheLastVisitor() {
        tap("tile-signin");
        browser.await(By.id("signin-key-b"), 10).click();
        pause();
        assertThat(browser.driver.findElements(By.id("signin-match-0"))).isEmpty();
        browser.driver.findElement(By.id("signin-key-a")).click();
        pause();
        assertThat(browser.driver.findElements(By.id("signin-match-0"))).isEmpty();
        assertThat(browser.driver.getPageSource()).doesNotContain("Bartholomew").doesNotContain("Ba\u2022\u2022");

        browser.driver.findElement(By.id("signin-key-r")).click();
        browser.await(By.id("signin-match-0"), 10);

        browser.await(By.id("tile-signin"), 40);
        String page = browser.driver.getPageSource();
        assertThat(browser.driver.findElements(By.id("signin-name"))).isEmpty();
        assertThat(page).doesNotContain("Bartholomew").doesNotContain("Bar\u2022\u2022").doesNotContain("\"Bar\"");
    }

    @Test
    @Order(5)
    void anUnknownKeyTagTypedAndEnteredGetsAKindMessage() {
        tap("tile-signin");
        var name = browser.await(By.cssSelector("#signin-name input"), 10);
        name.sendKeys("99999999\n");
        assertThat(browser.await(By.xpath("//*[@id='signin-hint'][contains(., 'key tag')]"), 10).getText())
                .contains("couldn't find");
    }

    @Test
    @Order(6)
    void aCodeScannedAtTheWelcomeScreenOpensSignInWithIt() {
        // a USB scanner types fast and ends with Enter; the welcome screen has no field, so the page gets it
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys("88888888" + org.openqa.selenium.Keys.ENTER)
                .perform();
        assertThat(browser.await(By.xpath("//*[@id='signin-message'][contains(., 'key tag')]"), 10).getText())
                .contains("couldn't find");
    }

    /** Taps as a person would, once the screen has settled: the server has answered the last tap. */
    private void tap(String id) {
        browser.await(By.id(id), 10);
        browser.awaitServer(10);
        browser.tap(By.id(id));
        taps++;
    }

    /** Waits until the server has handled the last tap, so that what is absent then is truly absent. */
    private static void pause() {
        Kiosk.sleep(150); // the tap's request leaves on the browser's next turn
        browser.awaitServer(10);
    }
}
