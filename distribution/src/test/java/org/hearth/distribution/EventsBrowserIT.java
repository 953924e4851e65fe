package org.hearth.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The event calendar in the real distribution and headless Chromium: the first coordinator creates an event on
 * the staff side, a guest and a returning member RSVP from the kiosk (the member lands on the waitlist), and
 * {@code /calendar.ics} parses with the ical4j the bundle ships and holds the event and no personal data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsBrowserIT {

    static final String TITLE = "Board games night " + Long.toString(System.nanoTime(), 36);
    static Kiosk kiosk;
    static Browser browser;

    @BeforeAll
    static void start() {
        kiosk = Kiosk.install("events").start();
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
    void theCoordinatorCreatesAnEventOnTheStaffSide() {
        browser.driver.get(kiosk.url("/"));
        browser.await(By.id("tile-events"), 30);
        browser.driver.findElement(By.cssSelector("vaadin-button.kiosk-staff")).click();
        browser.await(By.id("staff-submit"), 10);
        type("staff-who", "Dana");
        type("staff-pin", "2468");
        type("staff-pin-again", "2468");
        browser.driver.findElement(By.id("staff-submit")).click();
        browser.await(By.xpath("//h1[contains(., 'Hello, Dana')]"), 10);

        browser.await(By.id("tile-events-manage"), 10).click();
        browser.await(By.id("events-new"), 10).click();
        type("event-title", TITLE);
        type("event-capacity", "0");
        browser.driver.findElement(By.id("event-save")).click();
        assertThat(browser.await(By.id("event-message"), 10).getText()).contains("whole number from 1 to 1000");
        type("event-capacity", "2");
        browser.driver.findElement(By.id("event-save")).click();
        browser.await(By.xpath("//*[@id='events-list']//span[contains(., '" + TITLE + "')]"), 10);

        browser.driver.findElement(By.cssSelector("vaadin-button.kiosk-staff")).click();
        browser.await(By.id("tile-events"), 15);
    }

    @Test
    @Order(2)
    void aGuestRsvpsFromTheKioskThenAReturningMemberJoinsTheWaitlist() {
        browser.freshSession(kiosk, "/");
        browser.await(By.id("tile-events"), 30).click();
        browser.await(rsvpButton(), 10).click();
        browser.await(By.id("rsvp-party-2"), 10).click();
        browser.driver.findElement(By.id("rsvp-guest-save")).click();
        assertThat(browser.await(By.id("rsvp-confirmation"), 10).getText()).contains("on the list for " + TITLE);
        browser.driver.findElement(By.id("rsvp-done")).click();

        browser.await(By.id("tile-events"), 15).click();
        assertThat(browser.await(By.xpath(card() + "//p[contains(., 'Full')]"), 10).getText()).contains("waitlist");
        browser.driver.findElement(rsvpButton()).click();
        type("rsvp-name", "Da");
        assertThat(browser.driver.findElements(By.id("rsvp-match-0"))).as("two letters show nothing").isEmpty();
        type("rsvp-name", "Dan");
        assertThat(browser.await(By.id("rsvp-match-0"), 10).getText()).isEqualTo("Dan\u2022\u2022");
        browser.driver.findElement(By.id("rsvp-match-0")).click();
        browser.await(By.id("rsvp-member-save"), 10).click();
        assertThat(browser.await(By.id("rsvp-confirmation"), 10).getText())
                .contains(TITLE + " is full").contains("waitlist: number 1");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("Dana");
        browser.driver.findElement(By.id("rsvp-done")).click();
        browser.await(By.id("tile-events"), 15);
    }

    @Test
    @Order(3)
    void theCalendarFeedParsesWithIcal4jAndHasNoPersonalData(@TempDir Path dir) throws Exception {
        HttpResponse<String> response = kiosk.get("/calendar.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        String ics = response.body();
        assertThat(ics).doesNotContain("Dana", "ORGANIZER", "ATTENDEE");

        try (URLClassLoader ical4j = shippedIcal4j(dir)) {
            Class<?> builder = ical4j.loadClass("net.fortuna.ical4j.data.CalendarBuilder");
            Object calendar = builder.getMethod("build", Reader.class).invoke(builder.getConstructor().newInstance(),
                    new StringReader(ics));
            calendar.getClass().getMethod("validate").invoke(calendar);
            List<String> summaries = new ArrayList<>();
            for (Object event : (List<?>) calendar.getClass().getMethod("getComponents", String[].class)
                    .invoke(calendar, (Object) new String[] {"VEVENT"})) {
                Optional<?> summary = (Optional<?>) event.getClass().getMethod("getProperty", String.class).invoke(event, "SUMMARY");
                summaries.add((String) summary.orElseThrow().getClass().getMethod("getValue").invoke(summary.get()));
            }
            assertThat(summaries).containsExactly(TITLE);
        }
        assertThat(kiosk.get("/calendar/month").body()).contains(TITLE).doesNotContain("Dana");
    }

    private static By rsvpButton() {
        return By.xpath(card() + "//vaadin-button[starts-with(@id, 'rsvp-')]");
    }

    private static String card() {
        return "//div[contains(@class, 'event-card')][.//h2[contains(., '" + TITLE + "')]]";
    }

    private void type(String id, String text) {
        var input = browser.await(By.cssSelector("#" + id + " input"), 10);
        input.clear();
        input.sendKeys(text);
    }

    /** The ical4j and its libraries embedded in the shipped events bundle, in a class loader of their own. */
    private static URLClassLoader shippedIcal4j(Path dir) throws IOException {
        List<URL> jars = new ArrayList<>();
        try (DirectoryStream<Path> bundles = Files.newDirectoryStream(kiosk.home.resolve("bundles"), "org.hearth.events-*.jar")) {
            for (Path bundle : bundles) {
                try (JarFile jar = new JarFile(bundle.toFile())) {
                    for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                        if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")) {
                            Path copy = dir.resolve(entry.getName().substring(4));
                            try (InputStream in = jar.getInputStream(entry)) {
                                Files.copy(in, copy);
                            }
                            jars.add(copy.toUri().toURL());
                        }
                    }
                }
            }
        }
        assertThat(jars).as("ical4j embedded in the events bundle").isNotEmpty();
        return new URLClassLoader(jars.toArray(URL[]::new), EventsBrowserIT.class.getClassLoader());
    }
}
