package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * The staff side as a coordinator meets it on the kiosk's touchscreen, landscape (1280×800) and portrait
 * (800×1280), in English and Spanish: staff sign-in typed on the on-screen keyboard and the number pad, the staff
 * home with the Today notice, the accounts screen and the visit counts (never wider than the screen). Every screen passes the same checks as
 * the visitor's ({@link Browser#checkScreen}); Vaadin's own words are in the chosen language; the PIN's numeric
 * hint is on the real input; nothing is wider than the screen.
 */
class StaffBrowserIT {

    private static final Map<String, List<String>> VAADIN_WORDS = Map.of(
            "en", List.of("Show PIN", "Online"), "es", List.of("Mostrar el PIN", "En línea"));

    static Kiosk kiosk;
    static Browser browser;

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("staff").start();
        browser = new Browser();
        browser.freshSession(kiosk, "/staff");
        browser.await(By.id("staff-pin-again"), 30);
        type("staff-who", "Dana");
        type("staff-pin", "2468");
        type("staff-pin-again", "2468");
        browser.driver.findElement(By.id("staff-submit")).click();
        browser.await(By.id("tile-accounts"), 15);
        // a visitor asks to talk, so the staff home's Today tile has a notice
        browser.freshSession(kiosk, "/m/signin");
        browser.await(By.id("signin-talk"), 30);
        browser.tap(By.id("signin-talk"));
        browser.await(By.id("talk-send"), 10).click();
        browser.await(By.id("signin-confirmation"), 10);
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

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1280, 800, en", "1280, 800, es", "800, 1280, en", "800, 1280, es"})
    void staffScreensAreWholeReachableAndReadable(int width, int height, String language) {
        browser.viewport(width, height);
        browser.freshSession(kiosk, "/");
        browser.await(By.id("tile-signin"), 30);
        if (language.equals("es")) {
            browser.driver.findElement(By.cssSelector(".kiosk-language[lang=es]")).click();
            browser.awaitAttribute(By.tagName("html"), "lang", "es", 10);
        }
        browser.driver.findElement(By.cssSelector("vaadin-button.kiosk-staff")).click();
        browser.await(By.id("staff-key-d"), 10);
        check("staff sign-in, keyboard", language, "staff-submit");
        for (String key : List.of("d", "a", "n", "a")) {
            browser.tap(By.id("staff-key-" + key));
        }
        browser.tap(By.cssSelector("#staff-pin input"));
        browser.await(By.id("staff-pad-2"), 10);
        check("staff sign-in, number pad", language, "staff-submit");
        assertPinFieldSpeaksTheLanguage(language);
        for (String key : List.of("2", "4", "6", "9", "back", "8")) {
            browser.tap(By.id("staff-pad-" + key));
        }
        browser.tap(By.id("staff-submit"));

        browser.await(By.cssSelector("#tile-signin-today .tile-notice"), 15);
        // the coordinator's home has a tile for every feature and the console and scrolls; its first ones, the
        // day's, are in view, and the last ones (accounts, audit, modules, settings) are reached by scrolling
        check("staff home", language, "tile-signin-today");
        assertThat(browser.driver.findElement(By.cssSelector("#tile-signin-today .tile-notice")).getText())
                .as("the Today notice says how many are waiting").contains("1");

        browser.tap(By.id("tile-accounts"));
        browser.await(By.id("accounts-save"), 10);
        check("accounts", language, "accounts-save");

        browser.tap(By.id("kiosk-home"));
        browser.await(By.id("tile-signin-counts"), 10);
        browser.tap(By.id("tile-signin-counts"));
        browser.await(By.cssSelector("#counts-table .count-period"), 10);
        check("visit counts", language, "kiosk-home");

        browser.tap(By.id("kiosk-home"));
        browser.await(By.id("tile-accounts"), 10);
        browser.awaitServer(10);
        browser.staffSignOut();
    }

    /** Vaadin's own words (the PIN's reveal button, the connection state) and the PIN's number keyboard. */
    private static void assertPinFieldSpeaksTheLanguage(String language) {
        assertThat(browser.script("return document.querySelector('#staff-pin input').inputMode"))
                .as("numeric hint on the input itself").isEqualTo("numeric");
        assertThat(browser.script("return document.querySelector('#staff-pin [slot=reveal]').getAttribute('aria-label')"))
                .isEqualTo(VAADIN_WORDS.get(language).get(0));
        assertThat(browser.script("return window.Vaadin.connectionIndicator.onlineText"))
                .isEqualTo(VAADIN_WORDS.get(language).get(1));
    }

    private static void check(String screen, String language, String primary) {
        String where = screen + " (" + language + ")";
        browser.checkScreen(where, language, primary);
        assertThat(browser.script("return document.documentElement.scrollWidth <= innerWidth"))
                .as(where + ": nothing wider than the screen").isEqualTo(true);
        assertThat(browser.script("return [...document.querySelectorAll('.count-table')]"
                + ".filter(t => t.scrollWidth > t.clientWidth + 1).map(t => t.id + ' ' + t.scrollWidth)"))
                .as(where + ": count tables fit their box, no sideways scrolling").isEqualTo(List.of());
    }

    private static void type(String id, String text) {
        var input = browser.await(By.cssSelector("#" + id + " input"), 10);
        input.clear();
        input.sendKeys(text);
    }
}
