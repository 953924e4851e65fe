package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The visitor's first minute, as a nervous first-time visitor meets it, in Chromium on a landscape touchscreen
 * (1280×800) and a portrait tablet (800×1280), in English and Spanish: on every screen nothing is clipped, the
 * step's main action is in view without scrolling, there is a Home control, {@code <html lang>} is the chosen
 * language, axe-core finds nothing serious, targets are at least 48 px, and no two matches read alike.
 */
class FirstMinuteBrowserIT {

    static Kiosk kiosk;
    static Browser browser;

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("firstminute").start();
        browser = new Browser();
        for (String name : List.of("Marcus", "Mario", "Marta")) {
            register(name);
        }
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

    private static void register(String name) {
        browser.freshSession(kiosk, "/m/signin");
        browser.await(By.id("signin-new"), 30).click();
        browser.await(By.cssSelector("#new-name input"), 10).sendKeys(name);
        browser.driver.findElement(By.id("new-submit")).click();
        browser.await(By.id("signin-submit"), 10).click();
        browser.await(By.id("signin-confirmation"), 10);
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1280, 800, en", "1280, 800, es", "800, 1280, en", "800, 1280, es"})
    void everyVisitorScreenIsWholeReachableAndReadable(int width, int height, String language) {
        browser.viewport(width, height);
        browser.freshSession(kiosk, "/");
        browser.await(By.id("tile-signin"), 30);
        if (language.equals("es")) {
            browser.driver.findElement(By.cssSelector(".kiosk-language[lang=es]")).click();
            browser.awaitAttribute(By.tagName("html"), "lang", "es", 10);
        }
        check("welcome", language, "tile-signin");
        browser.driver.findElement(By.id("tile-signin")).click();
        browser.await(By.id("signin-name"), 10);
        check("sign-in", language, "signin-count");
        assertThat(browser.script("return document.activeElement.tagName")).as("focus on the step's heading")
                .isEqualTo("H1");

        type("Mar");
        browser.await(By.cssSelector("#signin-hint"), 10);
        assertThat(matchTexts()).as("Marcus, Mario and Marta would all read Mar••").isEmpty();
        type("t");
        assertThat(browser.await(By.id("signin-match-0"), 10).getText()).isEqualTo("Mart••");
        assertThat(matchTexts()).doesNotHaveDuplicates();

        browser.driver.findElement(By.id("signin-new")).click();
        browser.await(By.id("new-name"), 10);
        check("first visit", language, "new-submit");

        browser.tapAndAwaitReload(By.id("kiosk-home"));
        browser.await(By.id("tile-events"), 15).click();
        browser.await(By.id("kiosk-home"), 10);
        check("events", language, "kiosk-home");
    }

    private static void type(String letters) {
        browser.driver.findElement(By.cssSelector("#signin-name input")).sendKeys(letters);
        browser.pause(600);
    }

    private static List<String> matchTexts() {
        return browser.driver.findElements(By.cssSelector("[id^=signin-match-]")).stream()
                .map(WebElement::getText).toList();
    }

    /** The checks every visitor screen must pass, with {@code primary} the step's main action. */
    private static void check(String screen, String language, String primary) {
        browser.checkScreen(screen + " (" + language + ")", language, primary);
    }
}
